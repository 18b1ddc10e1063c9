using Crewline.Reporting.Domain.Portfolio;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.Reporting.Infrastructure.Configurations;

internal sealed class PlanItemRowConfiguration : IEntityTypeConfiguration<PlanItemRow>
{
    public void Configure(EntityTypeBuilder<PlanItemRow> b)
    {
        b.ToTable("rm_plan_items");
        b.HasKey(p => p.ItemId);
        b.Property(p => p.Title).HasMaxLength(300);
        b.Property(p => p.Kind).HasMaxLength(60);
        b.Property(p => p.OwnerRole).HasMaxLength(60);
        b.Property(p => p.Status).HasMaxLength(60);
        b.HasIndex(p => new { p.ProjectId, p.Due });
    }
}

internal sealed class MatrixRowConfiguration : IEntityTypeConfiguration<MatrixRow>
{
    public void Configure(EntityTypeBuilder<MatrixRow> b)
    {
        b.ToTable("rm_matrix_rows");
        b.HasKey(m => new { m.ProjectId, m.FunctionKey });
        b.Property(m => m.FunctionKey).HasMaxLength(100);
        b.Property(m => m.Owners).HasMaxLength(300);
        b.Ignore(m => m.OwnerRoles);
        b.Ignore(m => m.Confirmed);
    }
}

internal sealed class ScopeChangeRowConfiguration : IEntityTypeConfiguration<ScopeChangeRow>
{
    public void Configure(EntityTypeBuilder<ScopeChangeRow> b)
    {
        b.ToTable("rm_scope_changes");
        b.HasKey(s => s.ChangeRequestId);
        b.Property(s => s.Title).HasMaxLength(300);
        b.Property(s => s.Signatures).HasMaxLength(500);
        b.Ignore(s => s.IsOpen);
        b.HasIndex(s => new { s.OrgId, s.SortAt, s.ChangeRequestId });
        b.HasIndex(s => new { s.ProjectId, s.SortAt, s.ChangeRequestId });
    }
}

internal sealed class DecisionRowConfiguration : IEntityTypeConfiguration<DecisionRow>
{
    public void Configure(EntityTypeBuilder<DecisionRow> b)
    {
        b.ToTable("rm_decisions");
        b.HasKey(d => d.DecisionId);
        b.Property(d => d.FunctionKey).HasMaxLength(100);
        b.Property(d => d.DecidedAs).HasMaxLength(60);
        b.Property(d => d.BriefedRoles).HasMaxLength(300);
        b.Property(d => d.Summary).HasMaxLength(500);
        b.Property(d => d.Rationale).HasMaxLength(2000);
        b.HasIndex(d => new { d.OrgId, d.DecidedAt, d.DecisionId });
        b.HasIndex(d => new { d.ProjectId, d.DecidedAt, d.DecisionId });
    }
}

internal sealed class InvoiceRowConfiguration : IEntityTypeConfiguration<InvoiceRow>
{
    public void Configure(EntityTypeBuilder<InvoiceRow> b)
    {
        b.ToTable("rm_invoices");
        b.HasKey(i => i.InvoiceId);
        b.Property(i => i.VendorName).HasMaxLength(200);
        b.Property(i => i.Currency).HasMaxLength(3);
        b.Property(i => i.Amount).HasPrecision(18, 2);
        b.Ignore(i => i.IsUnpaid);
        b.HasIndex(i => new { i.ProjectId, i.DueOn });
    }
}

internal sealed class ProjectFactConfiguration : IEntityTypeConfiguration<ProjectFact>
{
    public void Configure(EntityTypeBuilder<ProjectFact> b)
    {
        b.ToTable("rm_project_facts");
        b.HasKey(f => new { f.ProjectId, f.Kind, f.Key });
        b.Property(f => f.Kind).HasMaxLength(40);
        b.Property(f => f.Key).HasMaxLength(200);
    }
}
