using Crewline.BuildingBlocks.Messaging;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Crewline.BuildingBlocks.Inbox;

/// <summary>
/// Makes every consumer idempotent: the consumer's changes, the events it enqueues and the
/// inbox record of (message id, consumer queue) commit in one transaction; a message whose
/// record exists is acknowledged without running the consumer again.
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

        if (await db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken))
        {
            logger.LogInformation("{Consumer} already handled message {MessageId}; skipping the duplicate.", consumer, messageId);
            metrics.RecordInboxDuplicate(consumer);
            // Acknowledge it as consumed: an unconsumed message would be moved to the _skipped queue.
            await context.NotifyConsumed(context, TimeSpan.Zero, "inbox-duplicate");
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await next.Send(context);
            db.InboxMessages.Add(new InboxMessage
            {
                MessageId = messageId,
                Consumer = consumer,
                MessageType = MessageTypeNames.NameOf(typeof(T)),
                ProcessedAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: InboxMessageConfiguration.PrimaryKeyName })
        {
            db.ChangeTracker.Clear();
            logger.LogInformation("{Consumer} handled message {MessageId} concurrently elsewhere; skipping.", consumer, messageId);
            metrics.RecordInboxDuplicate(consumer);
            return;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        signal.Notify();
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}
