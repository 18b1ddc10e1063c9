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
    /// <summary>Not dispatched before this time; null for at once.</summary>
    public DateTimeOffset? NotBefore { get; init; }
    /// <summary>How many times this message was handed back to its queue after its retries ran out.</summary>
    public int RedeliveryCount { get; init; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox_messages");
        b.HasKey(m => m.Id);
        b.Ignore(m => m.BusMessageId);
        b.Property(m => m.Sequence).UseIdentityAlwaysColumn();
        b.Property(m => m.MessageType).HasMaxLength(300);
        b.Property(m => m.Payload).HasColumnType("jsonb");
        b.Property(m => m.LastError).HasMaxLength(2000);
        b.Property(m => m.Destination).HasMaxLength(500);
        b.HasIndex(m => m.Sequence).HasFilter("dispatched_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
    }
}
