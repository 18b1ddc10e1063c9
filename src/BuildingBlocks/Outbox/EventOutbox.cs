using System.Text.Json;
using Crewline.BuildingBlocks.Persistence;
using Crewline.Contracts.Events;

namespace Crewline.BuildingBlocks.Outbox;

/// <summary>
/// Where a handler puts the integration events its state change raises. They are saved by
/// the handler's own <c>SaveChangesAsync</c>, in the same transaction, and published after commit.
/// </summary>
public sealed class EventOutbox(ServiceDbContext db, OutboxSignal signal, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Stages an event under its runtime type (so events held as <c>object</c> keep their own type),
    /// with its aggregate as ordering key and the current trace context, under a version 7 UUID.
    /// </summary>
    public void Enqueue(object @event)
    {
        var type = @event.GetType();
        var (traceParent, traceState) = OutboxTraceContext.Capture();
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = MessageTypeNames.NameOf(type),
            Payload = JsonSerializer.Serialize(@event, type, Json),
            OrgId = (@event as IOrgEvent)?.OrgId,
            OrderingKey = OrderingKeys.Of(@event),
            OccurredAt = clock.GetUtcNow(),
            TraceParent = traceParent,
            TraceState = traceState,
        });
    }

    /// <summary>
    /// Wakes the dispatcher once the enqueued events are committed: at once when called after the
    /// commit, or when the open transaction (a consumer's, committed by the inbox) commits, so the
    /// dispatcher's pass does not run before the rows are visible.
    /// </summary>
    public void NotifyCommitted() => db.OnCommitted(signal.Notify);
}
