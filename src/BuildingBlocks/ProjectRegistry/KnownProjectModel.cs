using Microsoft.EntityFrameworkCore;

namespace Crewline.BuildingBlocks.ProjectRegistry;

public static class KnownProjectModel
{
    public const string TableName = "known_projects";

    /// <summary>Maps the <see cref="KnownProject"/> table; call it from a service's <c>ConfigureDomain</c>.</summary>
    public static ModelBuilder AddKnownProjects(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KnownProject>(b =>
        {
            b.ToTable(TableName);
            b.HasKey(p => p.ProjectId);
            b.Property(p => p.ProjectId).ValueGeneratedNever();
            b.Property(p => p.Name).HasMaxLength(KnownProject.MaxNameLength);
            b.Property(p => p.ProjectType).HasMaxLength(KnownProject.MaxProjectTypeLength);
        });
        return modelBuilder;
    }
}
