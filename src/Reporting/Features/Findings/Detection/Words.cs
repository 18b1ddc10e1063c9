using System.Globalization;

namespace Crewline.Reporting.Features.Findings.Detection;

/// <summary>How evidence names things for a head of production: roles, dates and amounts in words.</summary>
public static class Words
{
    /// <summary><c>PROJECT_ROLE_PROJECT_MANAGER</c> → "project manager".</summary>
    public static string Role(string protoName) =>
        protoName.Replace("PROJECT_ROLE_", "", StringComparison.Ordinal).Replace('_', ' ').ToLowerInvariant();

    public static string Roles(IEnumerable<string> protoNames)
    {
        var names = protoNames.Select(Role).ToList();
        return names.Count switch
        {
            0 => "nobody",
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " and " + names[^1],
        };
    }

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Amount(decimal amount, string currency) => $"{amount.ToString("N2", CultureInfo.InvariantCulture)} {currency}";

    /// <summary>The start of a day (UTC), for facts the events give as days.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
