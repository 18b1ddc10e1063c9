using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Persistence;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Reporting.Domain;
using Crewline.Reporting.Domain.Findings;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Infrastructure;

/// <summary>
/// Reporting's database: the read models built from the other services' events. Each table's
/// mapping is an <see cref="IEntityTypeConfiguration{TEntity}"/> in <c>Infrastructure/Configurations</c>.
/// </summary>
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    public DbSet<ProjectSummary> ProjectSummaries => Set<ProjectSummary>();
    public DbSet<OrgPortfolio> Portfolios => Set<OrgPortfolio>();
    public DbSet<ReportedFinding> Findings => Set<ReportedFinding>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        // Reporting's own project_summaries are its projects: no known_projects table.
        modelBuilder.AddMembershipReplica(withKnownProjects: false);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);
    }
}

public sealed class ReportingDbContextDesignTimeFactory : DesignTimeDbContextFactory<ReportingDbContext>;
