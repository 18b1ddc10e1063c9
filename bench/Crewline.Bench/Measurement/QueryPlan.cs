using System.Globalization;
using System.Text.RegularExpressions;

namespace Crewline.Bench.Measurement;

/// <summary>
/// What an <c>EXPLAIN (ANALYZE, BUFFERS)</c> plan (text format) says about index use: the tables it
/// reads whole (<c>Seq Scan on T</c>), and the rows its sorts actually sorted.
/// </summary>
public sealed partial record QueryPlan(string Text)
{
    /// <summary>Every table read by a sequential scan (each once).</summary>
    public IReadOnlyList<string> SeqScannedTables =>
        SeqScan().Matches(Text).Select(m => m.Groups["table"].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The most rows any Sort node sorted (actual rows × loops); 0 when nothing was sorted.</summary>
    public long LargestSortRows =>
        SortNode().Matches(Text).Select(m => long.Parse(m.Groups["rows"].Value, CultureInfo.InvariantCulture) * long.Parse(m.Groups["loops"].Value, CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0).Max();

    /// <summary>The plan's node lines (the root and every <c>-&gt;</c>), without the planner's cost estimates.</summary>
    public IReadOnlyList<string> NodeLines =>
        Text.Split('\n').Select((line, i) => (line, i))
            .Where(x => x.i == 0 || x.line.TrimStart().StartsWith("->", StringComparison.Ordinal))
            .Select(x => Cost().Replace(x.line.TrimEnd(), "").Trim())
            .ToList();

    [GeneratedRegex(@"Seq Scan on (?<table>[\w.""]+)")]
    private static partial Regex SeqScan();

    [GeneratedRegex(@"(?:^|->  )(?:Incremental )?Sort  \(cost=[^)]*\) \(actual time=[^ ]+ rows=(?<rows>\d+)(?:\.\d+)? loops=(?<loops>\d+)\)", RegexOptions.Multiline)]
    private static partial Regex SortNode();

    [GeneratedRegex(@"  \(cost=[^)]*\)")]
    private static partial Regex Cost();
}
