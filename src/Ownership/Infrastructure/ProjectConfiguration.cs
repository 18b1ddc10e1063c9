using System.Text.Json;
using System.Text.Json.Serialization;
using Crewline.Ownership.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.Ownership.Infrastructure;

/// <summary>
/// The project aggregate: flat columns for what is queried (name, type, phase, dates) and one jsonb
/// document for the rest of its state (members, matrix, kickoff, closeout, retro), written from the
/// aggregate's snapshot and restored on load. xmin guards concurrent edits.
/// </summary>
public sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.ToTable("projects");
        b.HasKey(p => p.Id);
        b.Property(p => p.Name).HasMaxLength(Project.MaxNameLength);
        b.Property(p => p.Type).HasConversion<string>().HasMaxLength(40);
        b.Property(p => p.CreatedBy).HasMaxLength(200);
        b.Property(p => p.Version).IsRowVersion();
        b.Property(p => p.Phase).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.ComplexityTier).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.StartedAt);
        b.Property(p => p.ClosedAt);
        b.Property<ProjectState>("State")
            .HasColumnName("state")
            .HasColumnType("jsonb")
            .UsePropertyAccessMode(PropertyAccessMode.Property)
            .HasConversion(
                state => JsonSerializer.Serialize(state, Json),
                json => JsonSerializer.Deserialize<ProjectState>(json, Json)!,
                new ValueComparer<ProjectState>(
                    (a, c) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(c, Json),
                    s => JsonSerializer.Serialize(s, Json).GetHashCode(),
                    s => s));
        foreach (var unmapped in new[]
                 {
                     nameof(Project.Proposal), nameof(Project.Members), nameof(Project.Matrix), nameof(Project.Hierarchy),
                     nameof(Project.ProposedHierarchy), nameof(Project.Cadence), nameof(Project.ProposedCadence), nameof(Project.Spoc),
                     nameof(Project.KickoffStepsDone), nameof(Project.CloseoutConfirmations), nameof(Project.Retro), nameof(Project.DomainEvents),
                 })
            b.Ignore(unmapped);
    }
}
