using Crewline.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;

namespace Crewline.BuildingBlocks.Messaging;

/// <summary>
/// Deletes dispatched outbox rows, inbox rows and idempotency records older than their
/// <see cref="RetentionOptions"/> ages, in small batches, every <see cref="RetentionOptions.Interval"/>.
/// Its queries make no spans; it logs only when it deleted something.
/// </summary>
public sealed class MessagingRetention(
    IServiceScopeFactory scopes,
    RetentionOptions options,
    TimeProvider clock,
    ILogger<MessagingRetention> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CleanOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Messaging retention pass failed; trying again on the next pass: {Message}", ex.Message);
            }
            await Task.Delay(options.Interval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>One pass over the three tables; returns how many rows of each it deleted.</summary>
    public async Task<RetentionPass> CleanOnceAsync(CancellationToken cancellationToken)
    {
        using var noSpans = SuppressInstrumentationScope.Begin();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var now = clock.GetUtcNow();

        var outbox = await DeleteAllAsync(db,
            "DELETE FROM outbox_messages WHERE ctid = ANY(ARRAY(SELECT ctid FROM outbox_messages WHERE dispatched_at < {0} LIMIT {1}))",
            now - options.DispatchedOutbox, cancellationToken);
        var inbox = await DeleteAllAsync(db,
            "DELETE FROM inbox_messages WHERE ctid = ANY(ARRAY(SELECT ctid FROM inbox_messages WHERE processed_at < {0} LIMIT {1}))",
            now - options.Inbox, cancellationToken);
        var idempotency = await DeleteAllAsync(db,
            "DELETE FROM idempotency_records WHERE ctid = ANY(ARRAY(SELECT ctid FROM idempotency_records WHERE created_at < {0} LIMIT {1}))",
            now - options.IdempotencyRecords, cancellationToken);

        var pass = new RetentionPass(outbox, inbox, idempotency);
        if (outbox + inbox + idempotency > 0)
            logger.LogInformation("Retention deleted {Outbox} dispatched outbox rows, {Inbox} inbox rows and {Idempotency} idempotency records.", outbox, inbox, idempotency);
        return pass;
    }

    private async Task<int> DeleteAllAsync(ServiceDbContext db, string sql, DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var deleted = await db.Database.ExecuteSqlRawAsync(sql, [olderThan, options.BatchSize], cancellationToken);
            total += deleted;
            if (deleted < options.BatchSize) return total;
        }
    }
}

/// <summary>Rows one retention pass deleted, per table.</summary>
public sealed record RetentionPass(int DispatchedOutbox, int Inbox, int IdempotencyRecords);
