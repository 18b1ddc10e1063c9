using Crewline.BuildingBlocks.Tenancy;
using Crewline.Ownership.Domain.Ledger;
using Crewline.Ownership.Domain.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.Ownership.Infrastructure.Plan;

/// <summary>
/// Optimistic concurrency for aggregates whose children live in their own tables: a shadow
/// <c>version</c> on the root row that every save of the aggregate replaces, so two writers that
/// loaded the same version cannot both commit (the loser gets <c>Aborted</c>), even when they only
/// changed child rows.
/// </summary>
public static class AggregateVersion
{
    public const string Property = "Version";

    public static void Configure<T>(EntityTypeBuilder<T> b) where T : class =>
        b.Property<Guid>(Property).IsConcurrencyToken();

    /// <summary>Marks the aggregate changed with a new version (call before SaveChanges of a change).</summary>
    public static void Touch(DbContext db, object aggregate) =>
        db.Entry(aggregate).Property(Property).CurrentValue = Guid.NewGuid();
}

internal sealed class SharedPlanConfiguration : IEntityTypeConfiguration<SharedPlan>
{
    public void Configure(EntityTypeBuilder<SharedPlan> b)
    {
        b.ToTable("plans");
        b.HasKey(p => p.Id);
        b.HasIndex(p => p.ProjectId).IsUnique();
        AggregateVersion.Configure(b);
        b.Ignore(p => p.DomainEvents);
        b.Ignore(p => p.RolesWithMilestones);
        b.OwnsMany(p => p.Items, i =>
        {
            i.ToTable("plan_items");
            i.WithOwner().HasForeignKey("PlanId");
            i.HasKey(x => x.Id);
            i.Property(x => x.Id).ValueGeneratedNever();
            i.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            i.Property(x => x.OwnerRole).HasConversion<string>().HasMaxLength(40);
            i.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
            i.Property(x => x.Title).HasMaxLength(SharedPlan.MaxTitleLength);
            i.PrimitiveCollection(x => x.DependsOn).HasField("_dependsOn").UsePropertyAccessMode(PropertyAccessMode.Field);
            i.HasIndex(x => x.ChangeRequestId);
        });
        b.Navigation(p => p.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ProductionLedgerConfiguration : IEntityTypeConfiguration<ProductionLedger>
{
    /// <summary>The stored due date of an invoice (received_on + payment_terms_days), for the overdue scan.</summary>
    public const string InvoiceDueOn = "StoredDueOn";

    public void Configure(EntityTypeBuilder<ProductionLedger> b)
    {
        b.ToTable("ledgers");
        b.HasKey(l => l.Id);
        b.HasIndex(l => l.ProjectId).IsUnique();
        b.Property(l => l.Currency).HasMaxLength(3);
        AggregateVersion.Configure(b);
        b.Ignore(l => l.DomainEvents);
        b.OwnsMany(l => l.Lines, line =>
        {
            line.Ignore(x => x.Variance);
            line.ToTable("budget_lines");
            line.WithOwner().HasForeignKey("LedgerId");
            line.HasKey(x => x.Id);
            line.Property(x => x.Id).ValueGeneratedNever();
            line.Property<int>("Position").ValueGeneratedOnAdd().UseIdentityAlwaysColumn();
            line.Property(x => x.Category).HasConversion<string>().HasMaxLength(40);
            line.Property(x => x.Description).HasMaxLength(ProductionLedger.MaxDescriptionLength);
            line.Property(x => x.Estimate).HasPrecision(18, 4);
            line.Property(x => x.Actual).HasPrecision(18, 4);
        });
        b.OwnsMany(l => l.Invoices, invoice =>
        {
            invoice.ToTable("vendor_invoices");
            invoice.WithOwner().HasForeignKey("LedgerId");
            invoice.HasKey(x => x.Id);
            invoice.Property(x => x.Id).ValueGeneratedNever();
            invoice.Property(x => x.VendorName).HasMaxLength(ProductionLedger.MaxVendorNameLength);
            invoice.Property(x => x.Amount).HasPrecision(18, 4);
            invoice.Ignore(x => x.DueOn);
            invoice.Property<DateOnly>(InvoiceDueOn).HasColumnName("due_on").HasComputedColumnSql("received_on + payment_terms_days", stored: true);
            invoice.HasIndex(InvoiceDueOn);
        });
        b.Navigation(l => l.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(l => l.Invoices).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>A scope change the client accepted, remembered so an item added for it later is not left blocked (either arrival order).</summary>
public sealed class AcceptedScopeChange : IOrgOwned
{
    public Guid OrgId { get; init; }
    public Guid ChangeRequestId { get; init; }
    public Guid ProjectId { get; init; }
    public DateTimeOffset AcceptedAt { get; init; }
}

internal sealed class AcceptedScopeChangeConfiguration : IEntityTypeConfiguration<AcceptedScopeChange>
{
    public void Configure(EntityTypeBuilder<AcceptedScopeChange> b)
    {
        b.ToTable("accepted_scope_changes");
        b.HasKey(a => new { a.OrgId, a.ChangeRequestId });
    }
}

/// <summary>That <see cref="Contracts.Events.Ownership.VendorInvoiceOverdue"/> was published for an invoice: at most once per invoice.</summary>
public sealed class InvoiceOverdueNotice : IOrgOwned
{
    public const string PrimaryKeyName = "pk_invoice_overdue_notices";

    public Guid OrgId { get; init; }
    public Guid InvoiceId { get; init; }
    public Guid ProjectId { get; init; }
    public DateOnly DetectedOn { get; init; }
}

internal sealed class InvoiceOverdueNoticeConfiguration : IEntityTypeConfiguration<InvoiceOverdueNotice>
{
    public void Configure(EntityTypeBuilder<InvoiceOverdueNotice> b)
    {
        b.ToTable("invoice_overdue_notices");
        b.HasKey(n => n.InvoiceId).HasName(InvoiceOverdueNotice.PrimaryKeyName);
    }
}
