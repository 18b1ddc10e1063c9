using System.Diagnostics;
using Crewline.Bench.Baselines;
using Crewline.Bench.Suite;
using Crewline.Contracts;

namespace Crewline.Bench.Scenarios;

/// <summary>Everything a scenario uses: the running suite, the set-up org, the bare baselines, the options and a progress log.</summary>
public sealed class ScenarioContext(BenchOptions options, BenchSuite suite, BenchWorld world, BareDatabase database, BareBus bus, Action<string> progress)
{
    public BenchOptions Options { get; } = options;
    public BenchSuite Suite { get; } = suite;
    public BenchWorld World { get; } = world;
    public BareDatabase Database { get; } = database;
    public BareBus Bus { get; } = bus;

    /// <summary>One clock for the whole run (open-loop due times, visibility times).</summary>
    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    public OutboxTable OwnershipOutbox { get; } = new(suite.DatabaseOf(ResourceNames.Ownership));

    public void Progress(string message) => progress(message);

    /// <summary>
    /// Waits until the suite has absorbed earlier load: Ownership's outbox is drained and every
    /// project of the bench org is visible in Reporting, so one scenario's backlog does not slow the next.
    /// </summary>
    public async Task SettleAsync(CancellationToken cancellationToken)
    {
        await OwnershipOutbox.WaitDrainedAsync(TimeSpan.FromMinutes(3), cancellationToken);
        await using var reporting = Npgsql.NpgsqlDataSource.Create(Suite.DatabaseOf(ResourceNames.Reporting));
        await using var ownership = Npgsql.NpgsqlDataSource.Create(Suite.DatabaseOf(ResourceNames.Ownership));
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (true)
        {
            var created = await CountAsync(ownership, "SELECT count(*) FROM projects WHERE org_id = $1", cancellationToken);
            var visible = await CountAsync(reporting, "SELECT count(*) FROM project_summaries WHERE org_id = $1", cancellationToken);
            if (visible >= created) return;
            if (DateTime.UtcNow > until) throw new TimeoutException($"Reporting shows {visible} of {created} projects after 3 minutes.");
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    private async Task<long> CountAsync(Npgsql.NpgsqlDataSource source, string sql, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand(sql);
        command.Parameters.Add(new Npgsql.NpgsqlParameter<Guid> { TypedValue = World.OrgId });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
