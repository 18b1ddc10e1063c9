using System.Globalization;
using System.Text;

namespace Crewline.Bench.Results;

/// <summary>Writes a run's reports as plain text (stdout) and as a Markdown section (bench/RESULTS.md).</summary>
public static class ReportWriter
{
    public static string Text(RunHeader header, IReadOnlyList<ScenarioReport> reports)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Crewline bench · {header.Describe()}");
        foreach (var report in reports)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"== {report.Title} ==");
            foreach (var table in report.Tables)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"-- {table.Title}");
                var widths = table.Headers.Select((h, i) => table.Rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
                text.AppendLine(string.Join("  ", table.Headers.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
                foreach (var row in table.Rows) text.AppendLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
            }
            foreach (var note in report.Notes) text.AppendLine(CultureInfo.InvariantCulture, $"note: {note}");
        }
        text.AppendLine().AppendLine("== Targets (the issues' acceptance) ==");
        foreach (var target in reports.SelectMany(r => r.Targets))
            text.AppendLine(CultureInfo.InvariantCulture, $"{(target.Met ? "met    " : "NOT met")}  {target.Target}: {target.Measured}");
        return text.ToString();
    }

    public static string Markdown(RunHeader header, IReadOnlyList<ScenarioReport> reports)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"## {header.StartedAt:yyyy-MM-dd HH:mm} UTC · commit {header.Machine.Commit} · {(header.Quick ? "quick" : "full")} run").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- machine: {header.Machine}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- rounds: {header.Rounds.ToString(CultureInfo.InvariantCulture)}, interleaved (each baseline, then its subject, round after round); figures are the median [range] of the rounds");
        if (!string.IsNullOrWhiteSpace(header.Remark)) md.AppendLine(CultureInfo.InvariantCulture, $"- {header.Remark}");
        md.AppendLine().AppendLine("Targets (the issues' acceptance):").AppendLine();
        md.AppendLine("| target | measured | met |").AppendLine("|---|---|---|");
        foreach (var target in reports.SelectMany(r => r.Targets))
            md.AppendLine(CultureInfo.InvariantCulture, $"| {target.Target} | {target.Measured} | {(target.Met ? "met" : "**not met**")} |");
        foreach (var report in reports)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {report.Title}");
            foreach (var table in report.Tables)
            {
                md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{table.Title}:").AppendLine();
                md.AppendLine($"| {string.Join(" | ", table.Headers)} |");
                md.AppendLine($"|{string.Concat(table.Headers.Select(_ => "---|"))}");
                foreach (var row in table.Rows) md.AppendLine($"| {string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal)))} |");
            }
            if (report.Notes.Count > 0) md.AppendLine();
            foreach (var note in report.Notes) md.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }
        return md.ToString();
    }
}

/// <summary>What heads a run's results: when, where, how.</summary>
public sealed record RunHeader(DateTime StartedAt, MachineInfo Machine, bool Quick, int Rounds, string? Remark)
{
    public string Describe() => $"{StartedAt:yyyy-MM-dd HH:mm} UTC · commit {Machine.Commit} · {(Quick ? "quick" : "full")} · {Machine}";
}
