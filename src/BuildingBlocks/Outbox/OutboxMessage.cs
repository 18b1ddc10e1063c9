using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.BuildingBlocks.Outbox;

/// <summary>
/// An integration event stored in the same transaction as the state change that raised it,
/// published after commit. Its id is the message id on the bus, so consumers' inboxes
/// recognise a re-published copy. A row with a <see cref="Destination"/> is a message to send
/// back to one queue (a redelivery), not before <see cref="NotBefore"/>.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>The id the message carries on the bus.</summary>
    public Guid BusMessageId => MessageId ?? Id;
    /// <summary>Insertion order, for dispatching oldest first.</summary>
    public long Sequence { get; init; }
    public required string MessageType { get; init; }
    public required string Payload { get; init; }
    public Guid? OrgId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    /// <summary>The bus message id when it is not <see cref="Id"/>: a redelivery keeps its message's id.</summary>
    public Guid? MessageId { get; init; }
    /// <summary>The queue to send to (redelivery); null to publish to every subscriber.</summary>
    public string? Destination { get; init; }
    /// <summary>
    /// Rows with the same key (the aggregate: <c>project/&lt;id&gt;</c>, else <c>org/&lt;id&gt;</c>) are
    /// published one after the other in <see cref="Sequence"/> order; null for no ordering.
    /// </summary>
    public string? OrderingKey { get; init; }
    /// <summary>Not dispatched before this time (a redelivery's due time, or the back-off after a failed attempt); null for at once.</summary>
    public DateTimeOffset? NotBefore { get; set; }
    /// <summary>How many times this message was handed back to its queue after its retries ran out.</summary>
    public int RedeliveryCount { get; init; }
    /// <summary>W3C <c>traceparent</c> of the activity that enqueued the row, so its publish joins that trace.</summary>
    public string? TraceParent { get; init; }
    /// <summary>W3C <c>tracestate</c> that went with <see cref="TraceParent"/>.</summary>
    public string? TraceState { get; init; }
    public DateTimeOffset? DispatchedAt { get; set; }
    /// <summary>Failed publish attempts so far.</summary>
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    /// <summary>Set when the row ran out of attempts: it is no longer dispatched until re-queued (see <see cref="OutboxAdmin"/>).</summary>
    public DateTimeOffset? DeadAt { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public const int MaxErrorLength = 2000;

    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox_messages");
        b.HasKey(m => m.Id);
        b.Ignore(m => m.BusMessageId);
        b.Property(m => m.Sequence).UseIdentityAlwaysColumn();
        b.Property(m => m.MessageType).HasMaxLength(300);
        b.Property(m => m.Payload).HasColumnType("jsonb");
        b.Property(m => m.LastError).HasMaxLength(MaxErrorLength);
        b.Property(m => m.Destination).HasMaxLength(500);
        b.Property(m => m.OrderingKey).HasMaxLength(100);
        b.Property(m => m.TraceParent).HasMaxLength(55);
        b.Property(m => m.TraceState).HasMaxLength(512);
        b.HasIndex(m => m.Sequence).HasFilter("dispatched_at IS NULL AND dead_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
        b.HasIndex(m => new { m.OrderingKey, m.Sequence }).HasFilter("dispatched_at IS NULL AND dead_at IS NULL").HasDatabaseName("ix_outbox_messages_pending_by_key");
        b.HasIndex(m => m.DispatchedAt).HasFilter("dispatched_at IS NOT NULL").HasDatabaseName("ix_outbox_messages_dispatched");
        b.HasIndex(m => m.DeadAt).HasFilter("dead_at IS NOT NULL").HasDatabaseName("ix_outbox_messages_dead");
    }
}
