using System.Diagnostics;
using Crewline.Bench.Baselines;
using Crewline.Bench.Results;
using Crewline.Bench.Suite;
using Crewline.Contracts;

namespace Crewline.Bench.Scenarios;

/// <summary>Everything a scenario uses: the running suite, the set-up org, the bare baselines, the options and a progress log.</summary>
public sealed class ScenarioContext(BenchOptions options, BenchSuite suite, BenchWorld world, BareDatabase database, BareBus bus, Action<string> progress)
    : IAsyncDisposable
{
    private readonly HeldConnection _ownership = new(suite.DatabaseOf(ResourceNames.Ownership));
    private readonly HeldConnection _reporting = new(suite.DatabaseOf(ResourceNames.Reporting));

    public BenchOptions Options { get; } = options;
    public BenchSuite Suite { get; } = suite;
    public BenchWorld World { get; } = world;
    public BareDatabase Database { get; } = database;
    public BareBus Bus { get; } = bus;

    /// <summary>CPU seconds by process of the suite, for CPU-per-operation profiles.</summary>
    public CpuAccounting Cpu { get; } = new(suite);

    /// <summary>
    /// Runs <paramref name="measure"/> and adds to <paramref name="profile"/> (when given) the CPU each
    /// process spent on it over the operations <paramref name="operations"/> counts (read before and after).
    /// </summary>
    public async Task<T> ProfiledAsync<T>(CpuProfile? profile, Func<long> operations, Func<Task<T>> measure)
    {
        if (profile is null) return await measure();
        var (before, opsBefore) = (Cpu.Take(), operations());
        var result = await measure();
        profile.Add(Cpu.Take().Since(before), operations() - opsBefore);
        return result;
    }

    /// <summary>One clock for the whole run (open-loop due times, visibility times).</summary>
    public Stopwatch Clock => Suite.Clock;

    public OutboxTable OwnershipOutbox => new(_ownership);

    /// <summary>Sees projects appear in Reporting's read model (started with the context, before any load).</summary>
    public ReportingWatch? ReportingWatch { get; private set; }

    /// <summary>Opens the connections the harness watches the suite through, before any load.</summary>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await _ownership.OpenAsync(cancellationToken);
        await _reporting.OpenAsync(cancellationToken);
        ReportingWatch = new ReportingWatch(Suite.DatabaseOf(ResourceNames.Reporting), Clock);
    }

    public async ValueTask DisposeAsync()
    {
        if (ReportingWatch is not null) await ReportingWatch.DisposeAsync();
        await _ownership.DisposeAsync();
        await _reporting.DisposeAsync();
    }

    public void Progress(string message) => progress(message);

    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(3);

    /// <summary>Notes on the run as a whole (e.g. a backlog that was not absorbed), for the report's head.</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>
    /// Waits until the suite has absorbed earlier load: Ownership's outbox is drained and every
    /// project of the bench org is visible in Reporting, so one scenario's backlog does not slow the
    /// next. After 3 minutes it goes on anyway, and says so in the results.
    /// </summary>
    public async Task SettleAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WaitSettledAsync(cancellationToken);
        }
        catch (TimeoutException ex)
        {
            var warning = $"a backlog was not absorbed before a measurement: {ex.Message}";
            Warnings.Add(warning);
            Progress($"warning: {warning}");
        }
    }

    private async Task WaitSettledAsync(CancellationToken cancellationToken)
    {
        await OwnershipOutbox.WaitDrainedAsync(SettleTimeout, cancellationToken);
        var until = DateTime.UtcNow + SettleTimeout;
        while (true)
        {
            var created = await CountAsync(_ownership, "SELECT count(*) FROM projects WHERE org_id = $1", cancellationToken);
            var visible = await CountAsync(_reporting, "SELECT count(*) FROM project_summaries WHERE org_id = $1", cancellationToken);
            if (visible >= created) return;
            if (DateTime.UtcNow > until) throw new TimeoutException($"Reporting shows {visible} of {created} projects after 3 minutes.");
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    private async Task<long> CountAsync(HeldConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new Npgsql.NpgsqlCommand(sql, await connection.OpenAsync(cancellationToken));
        command.Parameters.Add(new Npgsql.NpgsqlParameter<Guid> { TypedValue = World.OrgId });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
