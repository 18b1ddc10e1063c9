using Crewline.Ownership.Domain.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.Ownership.Infrastructure.Decisions;

/// <summary>
/// The decision log (R-ROUTE-4). Append-only: rows are inserted and never updated or deleted
/// (no code path does either), so the table has no concurrency token.
/// </summary>
public sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        b.ToTable("decisions");
        b.HasKey(d => d.Id);
        b.Property(d => d.FunctionKey).HasMaxLength(Domain.Functions.FunctionDefinition.MaxKeyLength);
        b.Property(d => d.What).HasMaxLength(Decision.MaxWhatLength);
        b.Property(d => d.Why).HasMaxLength(Decision.MaxWhyLength);
        b.Property(d => d.DeciderRoles).AsRoleNames();
        b.Property(d => d.OwnerRoles).AsRoleNames();
        b.Property(d => d.BriefedRoles).AsRoleNames();
        b.Property(d => d.OverrideReason).HasMaxLength(2000);
        b.HasIndex(d => new { d.ProjectId, d.DecidedAt, d.Id });
        // One joint decision per approved scope change, whatever the redeliveries (R-SCOPE-3).
        b.HasIndex(d => new { d.OrgId, d.ChangeRequestId }).IsUnique().HasFilter("change_request_id IS NOT NULL");
        b.Ignore(d => d.DomainEvents);
    }
}

/// <summary>Joint escalations to leadership (R-ROUTE-3); optimistic concurrency on xmin.</summary>
public sealed class JointEscalationConfiguration : IEntityTypeConfiguration<JointEscalation>
{
    public void Configure(EntityTypeBuilder<JointEscalation> b)
    {
        b.ToTable("joint_escalations");
        b.HasKey(e => e.Id);
        b.Property(e => e.Subject).HasMaxLength(JointEscalation.MaxSubjectLength);
        b.Property(e => e.Why).HasMaxLength(JointEscalation.MaxWhyLength);
        b.Property(e => e.Outcome).HasMaxLength(JointEscalation.MaxOutcomeLength);
        b.Property<uint>("Version").IsRowVersion();
        b.HasIndex(e => new { e.ProjectId, e.RaisedAt, e.Id });
        b.Ignore(e => e.EscalatedTo);
        b.Ignore(e => e.IsResolved);
        b.Ignore(e => e.DomainEvents);
    }
}
