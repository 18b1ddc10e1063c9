using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Ownership.Domain;

/// <summary>A project of one org: the root of its ownership matrix, plan and decisions.</summary>
public sealed class Project : IOrgOwned
{
    public const int MaxNameLength = 200;

    private Project() { }

    public Guid Id { get; private set; }
    public Guid OrgId { get; private set; }
    public string Name { get; private set; } = "";
    public ProjectType Type { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>Optimistic concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public static Project Create(Guid id, Guid orgId, string name, ProjectType type, string createdBy, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
            throw new ArgumentException($"A project name has 1 to {MaxNameLength} characters.", nameof(name));
        if (!Enum.IsDefined(type)) throw new ArgumentOutOfRangeException(nameof(type));
        return new Project
        {
            Id = id,
            OrgId = orgId,
            Name = name.Trim(),
            Type = type,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
    }
}
