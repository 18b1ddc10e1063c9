using System.Globalization;
using Crewline.Bench.Results;
using Crewline.Bench.Suite;

namespace Crewline.Bench.Scenarios;

/// <summary>
/// Puts captured plans in a report: each statement's node lines as notes, and one target per query
/// that its plans read no big table whole (no <c>Seq Scan</c> on a table of at least
/// <see cref="BigTableRows"/> rows) and sort no big set of rows (no Sort of that many rows). Below a few
/// thousand rows (tens of pages) PostgreSQL rightly prefers reading a table whole: at 1,116 rows it read
/// <c>replica_project_roles</c> whole for ListPortfolio's 50 projects, at 10,100 rows the same statement
/// used its primary key (a Bitmap Index Scan).
/// </summary>
public static class QueryPlanReport
{
    public const long BigTableRows = 5000;

    public static void Add(ScenarioReport report, string query, IReadOnlyList<ExplainedStatement> statements, IReadOnlyDictionary<string, long> rowCounts)
    {
        var problems = new List<string>();
        foreach (var (statement, index) in statements.Select((s, i) => (s, i + 1)))
        {
            var head = $"{query}, statement {index.ToString(CultureInfo.InvariantCulture)} of {statements.Count.ToString(CultureInfo.InvariantCulture)}: {FirstClauses(statement.Statement.Sql)}";
            if (statement.Plan is not { } plan)
            {
                problems.Add($"statement {index} not explained ({statement.Error})");
                report.Notes.Add($"{head} — not explained: {statement.Error}");
                continue;
            }
            report.Notes.Add($"{head}\n      " + string.Join("\n      ", plan.NodeLines));
            problems.AddRange(plan.SeqScannedTables.Where(t => rowCounts.GetValueOrDefault(t) >= BigTableRows)
                .Select(t => $"statement {index}: Seq Scan on {t} ({rowCounts[t].ToString(CultureInfo.InvariantCulture)} rows)"));
            if (plan.LargestSortRows >= BigTableRows)
                problems.Add($"statement {index}: sorts {plan.LargestSortRows.ToString(CultureInfo.InvariantCulture)} rows");
        }
        report.Targets.Add(new TargetCheck($"{query}: every statement's plan uses an index (no Seq Scan on, nor sort of, ≥ {BigTableRows} rows)",
            problems.Count == 0 ? $"{statements.Count} statements, all by index" : string.Join("; ", problems), problems.Count == 0 && statements.Count > 0));
    }

    /// <summary>The tables the plans read whole (for their row counts).</summary>
    public static IEnumerable<string> SeqScannedTables(IEnumerable<ExplainedStatement> statements) =>
        statements.SelectMany(s => s.Plan?.SeqScannedTables ?? []);

    private static string FirstClauses(string sql)
    {
        var flat = string.Join(' ', sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 160 ? flat : flat[..160] + "…";
    }
}
