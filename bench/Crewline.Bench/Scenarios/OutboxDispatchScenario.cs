using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Crewline.Bench.Baselines;
using Crewline.Bench.Measurement;
using Crewline.Bench.Results;
using Crewline.BuildingBlocks.Outbox;
using Crewline.Contracts.Events.Ownership;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Bench.Scenarios;

/// <summary>
/// The outbox dispatch rate of the running Ownership service: N rows are committed to its outbox
/// in one transaction, each of its own aggregate (ordering key), addressed to a queue of the
/// harness (a row with a destination is sent there, not published to the services' subscribers,
/// so nothing else consumes it), and the time from the first row dispatched to the last is read
/// from the rows themselves. Next to the same N sends by bare MassTransit, confirmed, at most one
/// batch (100) in flight as the dispatcher has, to the same queue on the same broker.
/// </summary>
public sealed class OutboxDispatchScenario : IScenario
{
    private const int InFlight = 100;

    public string Name => "outbox";

    public async Task<ScenarioReport> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var report = new ScenarioReport("Outbox dispatch");
        var rows = context.Options.OutboxRows;
        var bare = new Series("bare confirmed sends (MassTransit, 100 in flight)");
        var outbox = new Series("Ownership outbox dispatch (first to last row)");
        var committed = new Series("Ownership outbox: commit → all dispatched");
        var message = new ProjectCreated(context.World.OrgId, Guid.NewGuid(), "Outbox bench", "PROJECT_TYPE_COMMERCIAL_PRODUCTION", "bench", DateTimeOffset.UtcNow);
        for (var round = 1; round <= context.Options.Rounds; round++)
        {
            await context.SettleAsync(cancellationToken);
            await context.Bus.PurgeSinkAsync();
            context.Progress($"outbox: {rows} rows, round {round}/{context.Options.Rounds}");
            bare.Add(await BareSendsAsync(context.Bus, message, rows, cancellationToken));
            await context.Bus.PurgeSinkAsync();
            var (span, total) = await DispatchAsync(context, message, rows, cancellationToken);
            outbox.Add(span);
            committed.Add(total);
        }
        await context.Bus.PurgeSinkAsync();
        report.Tables.Add(Table.OfSeries($"{rows.ToString(CultureInfo.InvariantCulture)} messages (ops/s = messages/s; no per-message latency)")
            .SeriesRow(bare, "baseline")
            .SeriesRow(outbox, $"{Format.Ratio(outbox.ThroughputRatioTo(bare))} of bare sends")
            .SeriesRow(committed, $"{Format.Ratio(committed.ThroughputRatioTo(bare))} of bare sends"));
        report.Notes.Add("The dispatcher is woken by the service's own commits or its poll (1 s by default); rows committed by another process wait for the poll, " +
                         "so \"first to last row\" (from the rows' dispatched_at) is the dispatch rate and \"commit → all dispatched\" includes that wait.");
        return report;
    }

    private static async Task<RoundResult> BareSendsAsync(BareBus bus, ProjectCreated message, int count, CancellationToken cancellationToken)
    {
        using var inFlight = new SemaphoreSlim(InFlight);
        var clock = Stopwatch.StartNew();
        var sends = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            await inFlight.WaitAsync(cancellationToken);
            sends.Add(Send());
        }
        await Task.WhenAll(sends);
        return Rate(count, clock.Elapsed);

        async Task Send()
        {
            try { await bus.SendToSinkAsync(message, cancellationToken); }
            finally { inFlight.Release(); }
        }
    }

    private static async Task<(RoundResult Span, RoundResult Total)> DispatchAsync(ScenarioContext context, ProjectCreated message, int count, CancellationToken cancellationToken)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToList();
        var payload = JsonSerializer.Serialize(message, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        await using (var db = await context.OwnershipOutbox.OpenAsync(cancellationToken))
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.OutboxMessages.AddRange(ids.Select(id => new OutboxMessage
            {
                Id = id,
                MessageType = MessageTypeNames.NameOf(typeof(ProjectCreated)),
                Payload = payload,
                OrgId = context.World.OrgId,
                OccurredAt = DateTimeOffset.UtcNow,
                Destination = $"queue:{BareBus.SinkQueue}",
                OrderingKey = $"bench/{id}",
            }));
            await db.SaveChangesAsync(cancellationToken);
        }
        var clock = Stopwatch.StartNew();
        await context.OwnershipOutbox.WaitDrainedAsync(TimeSpan.FromMinutes(5), cancellationToken);
        var total = clock.Elapsed;

        await using var read = await context.OwnershipOutbox.OpenAsync(cancellationToken);
        var times = await read.OutboxMessages.Where(m => ids.Contains(m.Id) && m.DispatchedAt != null)
            .GroupBy(_ => 1).Select(g => new { First = g.Min(m => m.DispatchedAt)!.Value, Last = g.Max(m => m.DispatchedAt)!.Value, Count = g.Count() })
            .SingleAsync(cancellationToken);
        var dead = count - times.Count;
        var span = times.Last - times.First;
        var spanRound = Rate(times.Count - 1, span) with { Failures = dead == 0 ? new Dictionary<string, long>() : new Dictionary<string, long> { ["Dead"] = dead } };
        return (spanRound, Rate(times.Count, total));
    }

    private static RoundResult Rate(int messages, TimeSpan elapsed) =>
        new(messages / elapsed.TotalSeconds, double.NaN, double.NaN, messages, new Dictionary<string, long>());
}
