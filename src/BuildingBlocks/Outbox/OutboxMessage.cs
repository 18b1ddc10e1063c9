using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.BuildingBlocks.Outbox;

/// <summary>
/// An integration event stored in the same transaction as the state change that raised it,
/// published after commit. Its id is the message id on the bus, so consumers' inboxes
/// recognise a re-published copy.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }
    /// <summary>Insertion order, for dispatching oldest first.</summary>
    public long Sequence { get; init; }
    public required string MessageType { get; init; }
    public required string Payload { get; init; }
    public Guid? OrgId { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
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
        b.Property(m => m.Sequence).UseIdentityAlwaysColumn();
        b.Property(m => m.MessageType).HasMaxLength(300);
        b.Property(m => m.Payload).HasColumnType("jsonb");
        b.Property(m => m.LastError).HasMaxLength(2000);
        b.HasIndex(m => m.Sequence).HasFilter("dispatched_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
    }
}
