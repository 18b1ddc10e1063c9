using Crewline.Reporting.Domain.Findings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.Reporting.Infrastructure.Configurations;

internal sealed class ReportedFindingConfiguration : IEntityTypeConfiguration<ReportedFinding>
{
    public void Configure(EntityTypeBuilder<ReportedFinding> b)
    {
        b.ToTable("findings");
        b.HasKey(f => f.FindingId);
        b.Ignore(f => f.IsOpen);
        b.Property(f => f.Kind).HasMaxLength(60);
        b.Property(f => f.RuleId).HasMaxLength(20);
        b.Property(f => f.Cause).HasMaxLength(60);
        b.Property(f => f.SubjectKey).HasMaxLength(200);
        b.Property(f => f.FunctionKey).HasMaxLength(100);
        b.Property(f => f.Evidence).HasMaxLength(2000);
        b.Property(f => f.Fix).HasMaxLength(1000);
        // At most one open finding per cause instance; closed ones stay as history.
        b.HasIndex(f => new { f.ProjectId, f.Cause, f.SubjectKey }).IsUnique().HasFilter("closed_at IS NULL");
        b.HasIndex(f => new { f.OrgId, f.OpenedAt });
    }
}
