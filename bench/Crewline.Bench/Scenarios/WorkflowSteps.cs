using System.Collections.Concurrent;
using Crewline.Bench.Measurement;
using Crewline.Bench.Results;

namespace Crewline.Bench.Scenarios;

/// <summary>
/// Where a scope-change workflow's time goes: the duration of each of its steps (a gRPC call, or
/// the wait between two observed states), per round, over the workflows started in the round's
/// measured window. Each step's time is taken on the harness's one clock, from the end of the step
/// before it; a workflow's steps add up to its whole time. The report is a table of each step's p50
/// and p99 (nearest rank over the round's samples; median [range] of the rounds).
/// </summary>
public sealed class WorkflowSteps(IReadOnlyList<string> stepNames)
{
    private readonly List<List<double>[]> _rounds = [];
    private ConcurrentBag<double[]> _current = [];

    public IReadOnlyList<string> StepNames { get; } = stepNames;

    /// <summary>Starts a round: workflows recorded from now on belong to it.</summary>
    public void BeginRound() => _current = [];

    /// <summary>Records one workflow's step durations (in <see cref="StepNames"/>' order).</summary>
    public void Record(double[] stepMs)
    {
        if (stepMs.Length != StepNames.Count) throw new ArgumentException($"{stepMs.Length} step times for {StepNames.Count} steps.");
        _current.Add(stepMs);
    }

    /// <summary>Closes the round: its samples are sorted per step.</summary>
    public void EndRound()
    {
        var perStep = Enumerable.Range(0, StepNames.Count).Select(_ => new List<double>()).ToArray();
        foreach (var workflow in _current)
            for (var step = 0; step < perStep.Length; step++) perStep[step].Add(workflow[step]);
        foreach (var samples in perStep) samples.Sort();
        _rounds.Add(perStep);
        _current = [];
    }

    /// <summary>One row per step: p50 and p99 over each round's workflows (median [range] of the rounds), and the step's share of the summed p50s.</summary>
    public Table ToTable(string title)
    {
        var table = new Table(title, "step", "p50 ms median [range]", "p99 ms median [range]", "share of Σ p50", "workflows (per round)");
        var p50s = Enumerable.Range(0, StepNames.Count).Select(step => Spread(step, 50)).ToArray();
        var total = p50s.Where(s => !s.IsEmpty).Sum(s => s.Median);
        for (var step = 0; step < StepNames.Count; step++)
        {
            var share = total > 0 && !p50s[step].IsEmpty ? Format.Fixed(100 * p50s[step].Median / total, 0) + "%" : "–";
            table.Row(StepNames[step], Format.Ms(p50s[step]), Format.Ms(Spread(step, 99)), share,
                string.Join(", ", _rounds.Select(r => r[step].Count)));
        }
        return table;
    }

    private Spread Spread(int step, double percentile) => Percentiles.SpreadOf(_rounds.Select(r => Percentiles.Of(r[step], percentile)));
}
