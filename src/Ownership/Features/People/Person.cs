using Crewline.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.Ownership.Features.People;

/// <summary>A person of an org, optionally linked to the token subject they sign in with.</summary>
public sealed class Person : IOrgOwned
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 320;
    public const int MaxSubjectLength = 200;
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Subject { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public OrgRole OrgRole { get; set; } = OrgRole.Member;
}

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("people");
        b.HasKey(p => p.Id);
        b.Property(p => p.Name).HasMaxLength(Person.MaxNameLength);
        b.Property(p => p.Email).HasMaxLength(Person.MaxEmailLength);
        b.Property(p => p.Subject).HasMaxLength(Person.MaxSubjectLength);
        b.Property(p => p.OrgRole).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(p => new { p.OrgId, p.Email }).IsUnique();
        b.HasIndex(p => new { p.OrgId, p.Subject }).IsUnique().HasFilter("subject IS NOT NULL");
        b.HasIndex(p => new { p.OrgId, p.Name, p.Id });
    }
}
