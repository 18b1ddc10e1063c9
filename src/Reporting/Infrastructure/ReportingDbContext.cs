using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Persistence;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Infrastructure;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    public DbSet<ProjectSummary> ProjectSummaries => Set<ProjectSummary>();
    public DbSet<OrgPortfolio> Portfolios => Set<OrgPortfolio>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        // Reporting's own project_summaries are its projects: no known_projects table.
        modelBuilder.AddMembershipReplica(withKnownProjects: false);
        modelBuilder.Entity<ProjectSummary>(b =>
        {
            b.ToTable("project_summaries");
            b.HasKey(p => p.ProjectId);
            b.Property(p => p.Name).HasMaxLength(200);
            b.Property(p => p.ProjectType).HasMaxLength(60);
            b.HasIndex(p => new { p.OrgId, p.CreatedAt, p.ProjectId });
        });
        modelBuilder.Entity<OrgPortfolio>(b =>
        {
            b.ToTable("org_portfolios");
            b.HasKey(p => p.OrgId);
        });
    }
}

public sealed class ReportingDbContextDesignTimeFactory : DesignTimeDbContextFactory<ReportingDbContext>;
