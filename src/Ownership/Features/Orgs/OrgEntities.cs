using Crewline.BuildingBlocks.Tenancy;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Orgs;
using Crewline.Ownership.Domain.Roles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.Ownership.Features.Orgs;

/// <summary>An org's profile: its name and industry preset (R-IND-1..5). One row per org.</summary>
public sealed class OrgProfile : IOrgOwned
{
    public const int MaxNameLength = 200;
    public Guid OrgId { get; set; }
    public string Name { get; set; } = "";
    public IndustryPreset? Preset { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

/// <summary>A function an org added to its catalog (R-OWN-8).</summary>
public sealed class OrgFunction : IOrgOwned
{
    public Guid OrgId { get; set; }
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public FunctionArea Area { get; set; }
    public ProjectRole[] DefaultOwners { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }

    public FunctionDefinition ToDefinition() => new(Key, Name, Area, DefaultOwners, "R-OWN-8");
}

public sealed class OrgProfileConfiguration : IEntityTypeConfiguration<OrgProfile>
{
    public void Configure(EntityTypeBuilder<OrgProfile> b)
    {
        b.ToTable("org_profiles");
        b.HasKey(o => o.OrgId);
        b.Property(o => o.Name).HasMaxLength(OrgProfile.MaxNameLength);
        b.Property(o => o.Preset).HasConversion<string>().HasMaxLength(40);
        b.Property(o => o.Version).IsRowVersion();
    }
}

public sealed class OrgFunctionConfiguration : IEntityTypeConfiguration<OrgFunction>
{
    public void Configure(EntityTypeBuilder<OrgFunction> b)
    {
        b.ToTable("org_functions");
        b.HasKey(f => new { f.OrgId, f.Key });
        b.Property(f => f.Key).HasMaxLength(FunctionDefinition.MaxKeyLength);
        b.Property(f => f.Name).HasMaxLength(FunctionDefinition.MaxNameLength);
        b.Property(f => f.Area).HasConversion<string>().HasMaxLength(40);
        b.Property(f => f.DefaultOwners).HasConversion(
            roles => string.Join(",", roles),
            text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<ProjectRole>).ToArray(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<ProjectRole[]>(
                (a, c) => a!.SequenceEqual(c!), r => r.Aggregate(0, (h, x) => h * 31 + (int)x), r => r.ToArray()))
            .HasMaxLength(200);
    }
}
