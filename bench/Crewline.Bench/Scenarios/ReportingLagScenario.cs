using System.Collections.Concurrent;
using System.Globalization;
using Crewline.Bench.Measurement;
using Crewline.Bench.Results;
using Crewline.Bench.Suite;

namespace Crewline.Bench.Scenarios;

/// <summary>
/// Create → visible in Reporting, at an offered (open-loop) 50, 100 and 200 creates/s through the
/// gateway: the lag from each create's due time until its project is in Reporting's read model,
/// watched on Reporting's database (<see cref="ReportingWatch"/>), so Reporting does no extra work
/// for being watched. Next to the same rate of bare MassTransit publish→consume round trips on the
/// same broker (latency from due time to consumed), the floor of any event-carried visibility.
/// </summary>
public sealed class ReportingLagScenario : IScenario
{
    public static readonly int[] Rates = [50, 100, 200];
    private static readonly TimeSpan VisibleWithin = TimeSpan.FromSeconds(60);

    public string Name => "lag";

    public async Task<ScenarioReport> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var report = new ScenarioReport("Create → visible in Reporting");
        var options = context.Options;
        var series = Rates.ToDictionary(r => r, r => (
            Bus: new Series("MassTransit publish→consume"),
            Calls: new Series("CreateProject answered (gateway)"),
            Lag: new Series("create → visible in Reporting")));
        var watch = context.ReportingWatch ?? throw new InvalidOperationException("The context is not open.");
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var rate in Rates)
            {
                await context.SettleAsync(cancellationToken);
                context.Progress($"lag: {rate} creates/s, round {round}/{options.Rounds}");
                var (bus, calls, lag) = series[rate];
                bus.Add((await OpenLoop.RunAsync(rate, options.LagDuration, context.Clock,
                    (_, _) => context.Bus.PublishConsumeAsync(cancellationToken), cancellationToken)).Round);

                var due = new ConcurrentDictionary<Guid, TimeSpan>();
                var offered = await OpenLoop.RunAsync(rate, options.LagDuration, context.Clock, async (i, dueAt) =>
                {
                    var project = await context.World.CreateProjectAsync(context.World.Gateway, $"Lag {rate}/s #{i}", cancellationToken);
                    var id = Guid.Parse(project.ProjectId);
                    due[id] = dueAt;
                    watch.Await(id);
                }, cancellationToken);
                calls.Add(offered.Round);
                lag.Add(await LagAsync(watch, due, offered.OfferedFor, cancellationToken));
            }
        }

        foreach (var rate in Rates)
        {
            var (bus, calls, lag) = series[rate];
            report.Tables.Add(Table.OfSeries($"offered {rate.ToString(CultureInfo.InvariantCulture)} creates/s for {options.LagDuration.TotalSeconds:0} s (latency from each one's due time)")
                .SeriesRow(bus, "baseline")
                .SeriesRow(calls, $"{Format.Ratio(calls.ThroughputRatioTo(bus))} of publish→consume")
                .SeriesRow(lag, $"p99 {Format.Ratio(Percentiles.SpreadOf(lag.Rounds.Zip(bus.Rounds, (l, b) => l.P99Ms / b.P99Ms)))} of publish→consume p99"));
        }
        var p99 = series[200].Lag.P99.Median;
        report.Targets.Add(new TargetCheck("lag p99 ≤ 250 ms at 200 creates/s", $"{Format.Number(p99)} ms", p99 <= 250));
        report.Notes.Add($"Visibility is polled on Reporting's database every {ReportingWatch.PollInterval.TotalMilliseconds:0} ms (one primary-key query for the ids still awaited); " +
                         $"a project not visible {VisibleWithin.TotalSeconds:0} s after the load counts as failed (\"NotVisible\"). A failed create is not awaited.");
        return report;
    }

    /// <summary>Waits until every created project is visible (or the limit passes) and makes a round of their lags.</summary>
    internal static async Task<RoundResult> LagAsync(ReportingWatch watch, ConcurrentDictionary<Guid, TimeSpan> due, TimeSpan offeredFor, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + VisibleWithin;
        while (due.Keys.Any(id => watch.SeenAt(id) is null) && DateTime.UtcNow < until)
            await Task.Delay(ReportingWatch.PollInterval, cancellationToken);
        var lags = new List<double>();
        long missing = 0;
        foreach (var (id, dueAt) in due)
        {
            if (watch.SeenAt(id) is { } seen) lags.Add((seen - dueAt).TotalMilliseconds);
            else missing++;
        }
        var failures = missing == 0 ? new Dictionary<string, long>() : new Dictionary<string, long> { ["NotVisible"] = missing };
        return RoundResult.From(lags, offeredFor, failures);
    }
}
