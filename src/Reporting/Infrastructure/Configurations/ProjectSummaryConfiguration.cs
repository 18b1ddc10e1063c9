using Crewline.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.Reporting.Infrastructure.Configurations;

internal sealed class ProjectSummaryConfiguration : IEntityTypeConfiguration<ProjectSummary>
{
    public void Configure(EntityTypeBuilder<ProjectSummary> b)
    {
        b.ToTable("project_summaries");
        b.HasKey(p => p.ProjectId);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.ProjectType).HasMaxLength(60);
        b.Property(p => p.Hierarchy).HasMaxLength(60);
        b.Property(p => p.SpocSubject).HasMaxLength(200);
        b.Property(p => p.SpocRole).HasMaxLength(60);
        b.HasIndex(p => new { p.OrgId, p.CreatedAt, p.ProjectId });
    }
}
