using Crewline.BuildingBlocks.Persistence;
using Crewline.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Bench.Suite;

/// <summary>
/// A service's outbox table, seen through the one outbox mapping of BuildingBlocks (so the
/// harness follows the table if the outbox changes), on a connection the harness holds: to stage
/// rows for the dispatcher, to see what is still pending, and to wait until it is drained.
/// </summary>
public sealed class OutboxTable(HeldConnection connection)
{
    public async Task<OutboxContext> OpenAsync(CancellationToken cancellationToken) =>
        new(new DbContextOptionsBuilder<OutboxContext>()
            .UseNpgsql(await connection.OpenAsync(cancellationToken))
            .UseSnakeCaseNamingConvention()
            .Options);

    /// <summary>Rows neither dispatched nor dead.</summary>
    public async Task<int> PendingAsync(CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await db.OutboxMessages.CountAsync(m => m.DispatchedAt == null && m.DeadAt == null, cancellationToken);
    }

    /// <summary>Waits until nothing is pending (the load of an earlier scenario has been published).</summary>
    public async Task WaitDrainedAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + timeout;
        while (await PendingAsync(cancellationToken) is var pending and > 0)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"The outbox still holds {pending} pending rows after {timeout.TotalSeconds:0} s.");
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    /// <summary>Only the tables every service shares (outbox, inbox, idempotency); no domain.</summary>
    public sealed class OutboxContext(DbContextOptions<OutboxContext> options) : ServiceDbContext(options, new TenantContext())
    {
        protected override void ConfigureDomain(ModelBuilder modelBuilder) { }
    }
}
