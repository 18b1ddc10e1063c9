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
        modelBuilder.Entity<Project>(b =>
        {
            b.ToTable("projects");
            b.HasKey(p => p.Id);
            b.Property(p => p.Name).HasMaxLength(Project.MaxNameLength);
            b.Property(p => p.Type).HasConversion<string>().HasMaxLength(40);
            b.Property(p => p.CreatedBy).HasMaxLength(200);
            b.Property(p => p.Version).IsRowVersion();
        });
    }
}

public sealed class OwnershipDbContextDesignTimeFactory : DesignTimeDbContextFactory<OwnershipDbContext>;
