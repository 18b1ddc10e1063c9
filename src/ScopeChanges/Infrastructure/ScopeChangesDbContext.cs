using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Persistence;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.ScopeChanges.Domain;
using Microsoft.EntityFrameworkCore;

namespace Crewline.ScopeChanges.Infrastructure;

public sealed class ScopeChangesDbContext(DbContextOptions<ScopeChangesDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();
    public DbSet<ChangeOrder> ChangeOrders => Set<ChangeOrder>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMembershipReplica();
        modelBuilder.Entity<ChangeRequest>(b =>
        {
            b.ToTable("change_requests");
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.Title).HasMaxLength(ChangeRequest.MaxTitleLength);
            b.Property(c => c.Description).HasMaxLength(ChangeRequest.MaxDescriptionLength);
            b.Property(c => c.RequestedBy).HasMaxLength(ChangeRequest.MaxRequestedByLength);
            b.Property(c => c.RequestedDeliverables).AsJson();
            b.Property(c => c.Status).HasConversion<string>().HasMaxLength(40);
            b.Property(c => c.SubmittedBy).HasMaxLength(400);
            b.Property(c => c.Production).AsJson();
            b.Property(c => c.Flow).AsJson();
            b.Property(c => c.Versions).AsJson();
            b.Property(c => c.History).AsJson();
            b.Property(c => c.Escalations).AsJson();
            b.Property(c => c.Version).IsRowVersion();
            b.Ignore(c => c.CurrentVersion);
            b.Ignore(c => c.DomainEvents);
            // Serves a project's list, newest first.
            b.HasIndex(c => new { c.OrgId, c.ProjectId, c.SubmittedAt, c.Id });
            // Serves the org's open requests by age.
            b.HasIndex(c => new { c.OrgId, c.Status, c.SubmittedAt, c.Id });
            // Serves the deadline scan (R-SCOPE-7).
            b.HasIndex(c => c.NextEscalationAt).HasFilter("next_escalation_at IS NOT NULL");
            // One change request per client message, whatever the redeliveries.
            b.HasIndex(c => new { c.OrgId, c.InboundMessageId }).IsUnique().HasFilter("inbound_message_id IS NOT NULL");
        });
        modelBuilder.Entity<ChangeOrder>(b =>
        {
            // Immutable (R-SCOPE-4): the migration adds a trigger refusing UPDATE and DELETE.
            b.ToTable("change_orders");
            b.HasKey(o => o.Id);
            b.Property(o => o.Id).ValueGeneratedNever();
            b.Property(o => o.Subject).HasMaxLength(400);
            b.HasIndex(o => new { o.ChangeRequestId, o.Version }).IsUnique();
        });
    }
}

public sealed class ScopeChangesDbContextDesignTimeFactory : DesignTimeDbContextFactory<ScopeChangesDbContext>;
