using Crewline.Reporting.Projections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.Reporting.Infrastructure.Configurations;

internal sealed class EventLogEntryConfiguration : IEntityTypeConfiguration<EventLogEntry>
{
    public void Configure(EntityTypeBuilder<EventLogEntry> b)
    {
        b.ToTable("event_log");
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).UseIdentityAlwaysColumn();
        b.HasIndex(e => e.MessageId).IsUnique();
        b.Property(e => e.MessageType).HasMaxLength(300);
        b.Property(e => e.Payload).HasColumnType("jsonb");
    }
}
