using Crewline.BuildingBlocks.Persistence;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.ClientComms.Domain;
using Microsoft.EntityFrameworkCore;

namespace Crewline.ClientComms.Infrastructure;

public sealed class ClientCommsDbContext(DbContextOptions<ClientCommsDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    /// <summary>The primary key of <c>spocs</c>: one SPOC per project.</summary>
    public const string SpocPrimaryKeyName = "pk_spocs";

    public DbSet<Spoc> Spocs => Set<Spoc>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMembershipReplica();
        modelBuilder.Entity<Spoc>(b =>
        {
            b.ToTable("spocs");
            b.HasKey(s => s.ProjectId).HasName(SpocPrimaryKeyName);
            b.Property(s => s.ProjectId).ValueGeneratedNever();
            b.Property(s => s.Role).HasConversion<string>().HasMaxLength(40);
            b.Property(s => s.PersonSubject).HasMaxLength(Spoc.MaxPersonLength);
            b.Property(s => s.PersonName).HasMaxLength(Spoc.MaxPersonLength);
            b.Property(s => s.NamedBy).HasMaxLength(200);
            b.Property(s => s.Version).IsRowVersion();
        });
    }
}

public sealed class ClientCommsDbContextDesignTimeFactory : DesignTimeDbContextFactory<ClientCommsDbContext>;
