using Crewline.Bench.Measurement;
using Crewline.Bench.Results;

namespace Crewline.Bench.Scenarios;

/// <summary>
/// Creating projects through the gateway (<c>OwnershipService/CreateProject</c>: a transaction with
/// the project, its membership and outbox rows, then the events to three consumers) with 16
/// concurrent callers, next to bare PostgreSQL commits (a single-row insert in autocommit, 16
/// connections) and a bare MassTransit publish→consume round trip (16 in flight, confirmed,
/// durable, on a queue of the harness) on the same servers.
/// </summary>
public sealed class CreateScenario : IScenario
{
    public const int Callers = 16;

    public string Name => "creates";

    public async Task<ScenarioReport> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var report = new ScenarioReport("Creates per second");
        var options = context.Options;
        var commits = new Series("PostgreSQL single-row insert + commit");
        var roundTrips = new Series("MassTransit publish→consume (confirmed, durable)");
        var creates = new Series("CreateProject through the gateway");
        long created = 0;
        var cpu = new CpuProfile("create (until its events are consumed)");
        for (var round = 1; round <= options.Rounds; round++)
        {
            await context.SettleAsync(cancellationToken);
            context.Progress($"creates: round {round}/{options.Rounds}");
            commits.Add(await ClosedLoop.RunAsync(Callers, options.Warmup, options.Duration, (_, ct) => context.Database.InsertCommitAsync(ct), cancellationToken));
            roundTrips.Add(await ClosedLoop.RunAsync(Callers, options.Warmup, options.Duration, (_, ct) => context.Bus.PublishConsumeAsync(ct), cancellationToken));
            // The CPU of a create counts until its events are consumed: the settle is inside the profile.
            creates.Add(await context.ProfiledAsync(cpu, () => Interlocked.Read(ref created), async () =>
            {
                var result = await ClosedLoop.RunAsync(Callers, options.Warmup, options.Duration,
                    (_, ct) => context.World.CreateProjectAsync(context.World.Gateway, $"Bench create {Interlocked.Increment(ref created)}", ct), cancellationToken);
                await context.SettleAsync(cancellationToken);
                return result;
            }));
        }
        await context.SettleAsync(cancellationToken);
        report.Tables.Add(Table.OfSeries($"{Callers} concurrent callers")
            .SeriesRow(commits, "baseline")
            .SeriesRow(roundTrips, "baseline")
            .SeriesRow(creates, $"{Format.Ratio(creates.ThroughputRatioTo(commits))} of PG commits; {Format.Ratio(creates.ThroughputRatioTo(roundTrips))} of publish→consume"));
        report.Tables.Add(cpu.ToTable(Environment.ProcessorCount));
        report.Notes.Add("A create's latency ends when the gateway answers (committed with its outbox rows); its events are published and consumed after. " +
                         "Between rounds the harness waits until the outbox is drained and Reporting shows every project, so no round inherits a backlog.");
        return report;
    }
}
