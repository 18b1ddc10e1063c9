using System.Globalization;
using System.Text;
using Google.Protobuf.WellKnownTypes;

namespace Crewline.Reporting.Features.Exports;

/// <summary>How the reports write values: enum values as lower-case words, times as ISO 8601 UTC, all in the invariant culture.</summary>
public static class ReportText
{
    /// <summary>"ProjectManager" → "project manager"; an unspecified value → "".</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, System.Enum
    {
        var name = value.ToString();
        if (name == "Unspecified" || int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) return "";
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) words.Append(' ');
            words.Append(char.ToLowerInvariant(name[i]));
        }
        return words.ToString();
    }

    /// <summary>Several enum values joined with "; ".</summary>
    public static string Of<TEnum>(IEnumerable<TEnum> values) where TEnum : struct, System.Enum =>
        string.Join("; ", values.Select(Of).Where(v => v.Length > 0));

    /// <summary>ISO 8601 in UTC to the second (e.g. 2026-11-30T20:15:00Z); "" when unset.</summary>
    public static string Of(Timestamp? at) => at is null ? "" : Of(at.ToDateTimeOffset());

    public static string Of(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>"3 of 5".</summary>
    public static string Of(Crewline.Contracts.Reporting.V1.Progress? progress) =>
        progress is null ? "" : $"{progress.Done.ToString(CultureInfo.InvariantCulture)} of {progress.Total.ToString(CultureInfo.InvariantCulture)}";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
