using Crewline.BuildingBlocks.Persistence;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Ownership.Domain;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Ownership.Infrastructure;

public sealed class OwnershipDbContext(DbContextOptions<OwnershipDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    public DbSet<Project> Projects => Set<Project>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        // Each feature area keeps its own IEntityTypeConfiguration classes next to its code.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OwnershipDbContext).Assembly);
    }
}

public sealed class OwnershipDbContextDesignTimeFactory : DesignTimeDbContextFactory<OwnershipDbContext>;
