using Crewline.BuildingBlocks.Messaging;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crewline.BuildingBlocks.Inbox;

/// <summary>
/// Makes every consumer idempotent: the consumer's changes, the events it enqueues and the
/// inbox record of (message id, consumer queue) commit in one transaction; a message whose
/// record exists is acknowledged without running the consumer again. The record is written first
/// (<c>INSERT … ON CONFLICT DO NOTHING</c>), so checking and recording cost one round trip.
/// </summary>
public sealed class InboxConsumeFilter<T>(
    ServiceDbContext db,
    OutboxSignal signal,
    MessagingMetrics metrics,
    TimeProvider clock,
    ILogger<InboxConsumeFilter<T>> logger) : IFilter<ConsumeContext<T>> where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(T).Name} arrived without a message id; the inbox cannot deduplicate it.");
        var consumer = context.ReceiveContext.InputAddress.AbsolutePath.Trim('/');
        var cancellationToken = context.CancellationToken;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // Claiming the message and checking for a copy are one statement: a copy handled before is
            // skipped, and a copy being handled right now elsewhere makes this one wait for its outcome.
            if (!await ClaimAsync(messageId, consumer, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                logger.LogInformation("{Consumer} already handled message {MessageId}; skipping the duplicate.", consumer, messageId);
                metrics.RecordInboxDuplicate(consumer);
                // Acknowledge it as consumed: an unconsumed message would be moved to the _skipped queue.
                await context.NotifyConsumed(context, TimeSpan.Zero, "inbox-duplicate");
                return;
            }
            await next.Send(context);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        // Only a message whose handling enqueued events wakes the dispatcher (its poll finds anything else):
        // a pass per consumed message would be a transaction and a query for nothing on most messages.
        if (db.SavedOutboxRows) signal.Notify();
    }

    /// <summary>Records (message, consumer) in the current transaction; false when it was handled already.</summary>
    private async Task<bool> ClaimAsync(Guid messageId, string consumer, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO inbox_messages (message_id, consumer, message_type, processed_at)
            VALUES ({messageId}, {consumer}, {MessageTypeNames.NameOf(typeof(T))}, {clock.GetUtcNow()})
            ON CONFLICT (message_id, consumer) DO NOTHING
            """, cancellationToken) == 1;

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}
