using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.BuildingBlocks.Inbox;

/// <summary>A message a receive endpoint (consumer queue) has handled; its key makes handling happen once.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }
    public required string Consumer { get; init; }
    public required string MessageType { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public const string PrimaryKeyName = "pk_inbox_messages";

    public void Configure(EntityTypeBuilder<InboxMessage> b)
    {
        b.ToTable("inbox_messages");
        b.HasKey(m => new { m.MessageId, m.Consumer }).HasName(PrimaryKeyName);
        b.Property(m => m.Consumer).HasMaxLength(300);
        b.Property(m => m.MessageType).HasMaxLength(300);
        b.HasIndex(m => m.ProcessedAt).HasDatabaseName("ix_inbox_messages_processed_at");
    }
}
