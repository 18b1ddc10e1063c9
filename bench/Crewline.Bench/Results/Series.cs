using System.Globalization;
using Crewline.Bench.Measurement;

namespace Crewline.Bench.Results;

/// <summary>One measured thing (a subject or a baseline) over the rounds of a run.</summary>
public sealed class Series(string name)
{
    private readonly List<RoundResult> _rounds = [];

    public string Name { get; } = name;
    public IReadOnlyList<RoundResult> Rounds => _rounds;

    public void Add(RoundResult round) => _rounds.Add(round);

    public Spread Throughput => Percentiles.SpreadOf(_rounds.Select(r => r.OpsPerSecond));
    public Spread P50 => Percentiles.SpreadOf(_rounds.Select(r => r.P50Ms));
    public Spread P99 => Percentiles.SpreadOf(_rounds.Select(r => r.P99Ms));

    /// <summary>Failures over all rounds, e.g. "Unavailable 3, Unknown 1"; "0" when none.</summary>
    public string FailureSummary()
    {
        var totals = _rounds.SelectMany(r => r.Failures).GroupBy(f => f.Key).Select(g => (g.Key, Count: g.Sum(f => f.Value))).ToList();
        return totals.Count == 0 ? "0" : string.Join(", ", totals.OrderByDescending(t => t.Count).Select(t => $"{t.Key} {t.Count.ToString(CultureInfo.InvariantCulture)}"));
    }

    /// <summary>
    /// This series' throughput over <paramref name="baseline"/>'s, round by round (rounds run
    /// interleaved, so round i of both saw the same machine), then the median and range of those ratios.
    /// </summary>
    public Spread ThroughputRatioTo(Series baseline) => ThroughputRatioTo(baseline, 1);

    /// <summary>
    /// As <see cref="ThroughputRatioTo(Series)"/>, against the baseline's rate divided by
    /// <paramref name="baselineOpsPerOperation"/> (e.g. a workflow that needs that many messages consumed).
    /// </summary>
    public Spread ThroughputRatioTo(Series baseline, double baselineOpsPerOperation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(baselineOpsPerOperation, 0);
        return Percentiles.SpreadOf(_rounds.Zip(baseline._rounds, (s, b) => s.OpsPerSecond / (b.OpsPerSecond / baselineOpsPerOperation)));
    }
}
