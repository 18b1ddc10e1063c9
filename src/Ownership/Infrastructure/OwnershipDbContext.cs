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
        modelBuilder.Entity<Project>(b =>
        {
            b.ToTable("projects");
            b.HasKey(p => p.Id);
            b.Property(p => p.Name).HasMaxLength(Project.MaxNameLength);
            b.Property(p => p.Type).HasConversion<string>().HasMaxLength(40);
            b.Property(p => p.CreatedBy).HasMaxLength(200);
            b.Property(p => p.Version).IsRowVersion();
            // Not persisted yet: the ownership API areas map these (members, matrix, kickoff, closeout).
            foreach (var unmapped in new[]
                     {
                         nameof(Project.Phase), nameof(Project.Proposal), nameof(Project.ComplexityTier), nameof(Project.Members),
                         nameof(Project.Matrix), nameof(Project.Hierarchy), nameof(Project.ProposedHierarchy), nameof(Project.Cadence),
                         nameof(Project.ProposedCadence), nameof(Project.Spoc), nameof(Project.KickoffStepsDone), nameof(Project.StartedAt),
                         nameof(Project.CloseoutConfirmations), nameof(Project.Retro), nameof(Project.ClosedAt), nameof(Project.DomainEvents),
                     })
                b.Ignore(unmapped);
        });
    }
}

public sealed class OwnershipDbContextDesignTimeFactory : DesignTimeDbContextFactory<OwnershipDbContext>;
