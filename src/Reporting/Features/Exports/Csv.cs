using System.Globalization;
using System.Text;

namespace Crewline.Reporting.Features.Exports;

/// <summary>
/// Writes RFC 4180 CSV: records end with CRLF; a field holding a comma, a double quote, CR or LF is
/// enclosed in double quotes with its quotes doubled. Text fields that a spreadsheet would run as a
/// formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or CR) get a leading
/// apostrophe, so a project named <c>=HYPERLINK(...)</c> stays text (OWASP's CSV injection
/// advice). Numbers are written by the report in the invariant culture and are not altered.
/// </summary>
public sealed class Csv
{
    private readonly StringBuilder _text = new();
    private readonly int _columns;

    public Csv(params string[] header)
    {
        _columns = header.Length;
        Record(header.Select(Text));
    }

    /// <summary>A text field: neutralised against formula injection, then quoted as needed.</summary>
    public static string Text(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return Quote(text);
    }

    /// <summary>A number, in the invariant culture.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds one record of already made fields (<see cref="Text"/>, <see cref="Number"/>).</summary>
    public Csv Record(IEnumerable<string> fields)
    {
        var list = fields.ToList();
        if (list.Count != _columns) throw new ArgumentException($"A record of {list.Count} fields for {_columns} columns.", nameof(fields));
        _text.Append(string.Join(',', list)).Append("\r\n");
        return this;
    }

    /// <summary>Adds one record of text fields.</summary>
    public Csv Row(params string?[] values) => Record(values.Select(Text));

    public override string ToString() => _text.ToString();

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
