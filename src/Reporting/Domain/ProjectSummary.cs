using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Domain;

/// <summary>The reporting view of a project, built from ownership events.</summary>
public sealed class ProjectSummary : IOrgOwned
{
    public Guid ProjectId { get; init; }
    public Guid OrgId { get; init; }
    public required string Name { get; set; }
    public required string ProjectType { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
