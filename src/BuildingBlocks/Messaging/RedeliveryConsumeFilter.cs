using System.Text.Json;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Persistence;
using Crewline.Contracts.Events;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Crewline.BuildingBlocks.Messaging;

/// <summary>
/// Second-level retry ("redelivery") without a broker plugin or scheduler: when a message still
/// fails after its in-place retries, it is stored in the service's outbox with a due time and the
/// destination queue, and the outbox dispatcher sends it back to that queue when due (same
/// message id, so the inbox still deduplicates). The original is acknowledged only once that row
/// is committed; past the last interval, or when the row cannot be stored, the failure goes on to
/// the <c>_error</c> queue as usual.
/// </summary>
public sealed class RedeliveryConsumeFilter<T>(
    ServiceDbContext db,
    RedeliveryOptions options,
    OutboxSignal signal,
    TimeProvider clock,
    ILogger<RedeliveryConsumeFilter<T>> logger) : IFilter<ConsumeContext<T>> where T : class
{
    public const string CountHeader = "Crewline-Redelivery-Count";

    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception ex) when (RedeliveryCount(context) < options.EffectiveIntervals.Count && context.MessageId is not null
                                   && !context.CancellationToken.IsCancellationRequested)
        {
            var count = RedeliveryCount(context);
            var delay = options.EffectiveIntervals[count];
            db.ChangeTracker.Clear();
            var (traceParent, traceState) = OutboxTraceContext.Capture();
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = Guid.CreateVersion7(),
                MessageId = context.MessageId.Value,
                MessageType = MessageTypeNames.NameOf(typeof(T)),
                Payload = JsonSerializer.Serialize(context.Message, EventOutbox.Json),
                OrgId = (context.Message as IOrgEvent)?.OrgId,
                OccurredAt = clock.GetUtcNow(),
                Destination = context.ReceiveContext.InputAddress.ToString(),
                NotBefore = clock.GetUtcNow() + delay,
                RedeliveryCount = count + 1,
                TraceParent = traceParent,
                TraceState = traceState,
            });
            await db.SaveChangesAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            signal.Notify();
            logger.LogWarning(ex, "{MessageType} {MessageId} failed after its retries; redelivery {Count} of {Max} in {Delay}.",
                typeof(T).Name, context.MessageId, count + 1, options.EffectiveIntervals.Count, delay);
        }
    }

    private static int RedeliveryCount(ConsumeContext context) =>
        context.Headers.TryGetHeader(CountHeader, out var value) && int.TryParse(value?.ToString(), out var count) ? count : 0;

    public void Probe(ProbeContext context) => context.CreateFilterScope("redelivery");
}
