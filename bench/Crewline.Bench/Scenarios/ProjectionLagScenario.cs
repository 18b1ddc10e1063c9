using System.Collections.Concurrent;
using Crewline.Bench.Measurement;
using Crewline.Bench.Results;
using Crewline.Bench.Suite;

namespace Crewline.Bench.Scenarios;

/// <summary>
/// Reporting's projection lag alone: <c>ProjectCreated</c> events sent open-loop at <see cref="Rate"/>
/// a second straight to Reporting's projections endpoint (<see cref="ReportingFeed"/>, as Ownership's
/// outbox would publish them, without Ownership's work in front), each watched until its project is in
/// Reporting's read model (<see cref="ReportingWatch"/>, so Reporting does no extra work for being
/// watched); the lag counts from each event's due time. Next to bare MassTransit publish→consume at
/// the same rate, the floor of any event-carried visibility.
/// </summary>
public sealed class ProjectionLagScenario : IScenario
{
    public const int Rate = 200;

    public string Name => "projection";

    public async Task<ScenarioReport> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var report = new ScenarioReport($"Projection lag at {Rate} events/s (event sent → visible in Reporting)");
        var options = context.Options;
        var watch = context.ReportingWatch ?? throw new InvalidOperationException("The context is not open.");
        var feed = new ReportingFeed(context.Suite, context.Bus, context.Clock);
        var template = await feed.ProjectCreatedOfAsync(Guid.Parse(context.World.ProjectIds[0]), cancellationToken);
        var orgId = Guid.NewGuid();
        var bus = new Series("MassTransit publish→consume");
        var sends = new Series("ProjectCreated sent (confirmed) to Reporting's endpoint");
        var lag = new Series("sent → visible in Reporting");
        for (var round = 1; round <= options.Rounds; round++)
        {
            await context.SettleAsync(cancellationToken);
            await DrainAsync(watch, context, cancellationToken);
            context.Progress($"projection: {Rate} events/s, round {round}/{options.Rounds}");
            bus.Add((await OpenLoop.RunAsync(Rate, options.LagDuration, context.Clock,
                (_, _) => context.Bus.PublishConsumeAsync(cancellationToken), cancellationToken)).Round);
            var due = new ConcurrentDictionary<Guid, TimeSpan>();
            var offered = await OpenLoop.RunAsync(Rate, options.LagDuration, context.Clock, async (_, dueAt) =>
            {
                var id = Guid.NewGuid();
                due[id] = dueAt;
                watch.Await(id);
                await feed.SendProjectCreatedAsync(template, orgId, id, cancellationToken);
            }, cancellationToken);
            sends.Add(offered.Round);
            lag.Add(await ReportingLagScenario.LagAsync(watch, due, offered.OfferedFor, cancellationToken));
        }
        report.Tables.Add(Table.OfSeries($"offered {Rate} events/s for {options.LagDuration.TotalSeconds:0} s (latency from each one's due time)")
            .SeriesRow(bus, "baseline")
            .SeriesRow(sends, $"{Format.Ratio(sends.ThroughputRatioTo(bus))} of publish→consume")
            .SeriesRow(lag, $"p99 {Format.Ratio(Percentiles.SpreadOf(lag.Rounds.Zip(bus.Rounds, (l, b) => l.P99Ms / b.P99Ms)))} of publish→consume p99"));
        report.Notes.Add($"Each event is a ProjectCreated of a new project (the bench org's starting matrix) in an org of its own; visibility is polled on Reporting's database every {DatabaseWatch.PollInterval.TotalMilliseconds:0} ms. " +
                         "The issue sets no lag figure: p50/p99 are reported, not checked.");
        return report;
    }

    /// <summary>
    /// Waits (up to <see cref="DrainWithin"/>) until the events of earlier rounds are all visible: where Reporting
    /// projects fewer than <see cref="Rate"/> a second, a round's backlog would otherwise be the next round's lag.
    /// </summary>
    private static async Task DrainAsync(ReportingWatch watch, ScenarioContext context, CancellationToken cancellationToken)
    {
        var until = context.Clock.Elapsed + DrainWithin;
        while (watch.StillAwaited > 0 && context.Clock.Elapsed < until)
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        if (watch.StillAwaited > 0) context.Warnings.Add($"projection: {watch.StillAwaited} events of an earlier round were still not projected before the next round");
    }

    private static readonly TimeSpan DrainWithin = TimeSpan.FromMinutes(5);
}
