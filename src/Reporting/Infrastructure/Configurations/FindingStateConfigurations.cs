using Crewline.Reporting.Domain.Findings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.Reporting.Infrastructure.Configurations;

// The finding detectors' own state (tables prefixed finding_), next to the findings table.

internal sealed class CauseFactConfiguration : IEntityTypeConfiguration<CauseFact>
{
    public void Configure(EntityTypeBuilder<CauseFact> b)
    {
        b.ToTable("finding_cause_facts");
        b.HasKey(f => new { f.ProjectId, f.Cause, f.SubjectKey });
        b.Property(f => f.Cause).HasMaxLength(60);
        b.Property(f => f.SubjectKey).HasMaxLength(200);
        b.Property(f => f.FunctionKey).HasMaxLength(100);
        b.Property(f => f.Evidence).HasMaxLength(2000);
    }
}

internal sealed class FindingProjectConfiguration : IEntityTypeConfiguration<FindingProject>
{
    public void Configure(EntityTypeBuilder<FindingProject> b)
    {
        b.ToTable("finding_projects");
        b.HasKey(p => p.ProjectId);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Hierarchy).HasMaxLength(60);
    }
}

internal sealed class FindingRoleHolderConfiguration : IEntityTypeConfiguration<FindingRoleHolder>
{
    public void Configure(EntityTypeBuilder<FindingRoleHolder> b)
    {
        b.ToTable("finding_role_holders");
        b.HasKey(r => new { r.ProjectId, r.PersonId, r.Role });
        b.Property(r => r.Role).HasMaxLength(60);
    }
}

internal sealed class FindingOverrideConfiguration : IEntityTypeConfiguration<FindingOverride>
{
    public void Configure(EntityTypeBuilder<FindingOverride> b)
    {
        b.ToTable("finding_overrides");
        b.HasKey(o => o.DecisionId);
        b.Property(o => o.FunctionKey).HasMaxLength(100);
        b.Property(o => o.DeciderRole).HasMaxLength(60);
        b.Property(o => o.OwnerRole).HasMaxLength(60);
        b.HasIndex(o => new { o.ProjectId, o.DeciderRole, o.DecidedAt });
    }
}
