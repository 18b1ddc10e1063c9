using Crewline.Ownership.Domain.Crises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.Ownership.Infrastructure.Decisions;

/// <summary>Mid-project crises (R-CRISIS); optimistic concurrency on xmin.</summary>
public sealed class CrisisConfiguration : IEntityTypeConfiguration<Crisis>
{
    public void Configure(EntityTypeBuilder<Crisis> b)
    {
        b.ToTable("crises");
        b.HasKey(c => c.Id);
        b.Property(c => c.Source).HasConversion<string>().HasMaxLength(40);
        b.Property(c => c.SourceFunctionKey).HasMaxLength(Domain.Functions.FunctionDefinition.MaxKeyLength);
        b.Property(c => c.Description).HasMaxLength(Crisis.MaxDescriptionLength);
        b.Property(c => c.LeadRole).HasConversion<string>().HasMaxLength(40);
        b.Property(c => c.CoordinatingRole).HasConversion<string>().HasMaxLength(40);
        b.Property(c => c.LeadIds).AsUuidArray();
        b.Property(c => c.CoordinationDuty).HasMaxLength(200);
        b.Property(c => c.LeadReason).HasMaxLength(2000);
        b.Property(c => c.Resolution).HasMaxLength(Crisis.MaxResolutionLength);
        b.Property<uint>("Version").IsRowVersion();
        b.HasIndex(c => new { c.ProjectId, c.OpenedAt, c.Id });
        b.Ignore(c => c.IsOpen);
        b.Ignore(c => c.DomainEvents);
    }
}
