using Crewline.BuildingBlocks.Persistence;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.ScopeChanges.Domain;
using Microsoft.EntityFrameworkCore;

namespace Crewline.ScopeChanges.Infrastructure;

public sealed class ScopeChangesDbContext(DbContextOptions<ScopeChangesDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();

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
            b.Property(c => c.Status).HasConversion<string>().HasMaxLength(40);
            b.Property(c => c.SubmittedBy).HasMaxLength(200);
            b.Property(c => c.Version).IsRowVersion();
            // Serves a project's list, newest first.
            b.HasIndex(c => new { c.OrgId, c.ProjectId, c.SubmittedAt, c.Id });
        });
    }
}

public sealed class ScopeChangesDbContextDesignTimeFactory : DesignTimeDbContextFactory<ScopeChangesDbContext>;
