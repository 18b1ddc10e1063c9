using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Domain.Findings;

/// <summary>What the finding detectors know of a project: its name (for the finding's reader) and when its PM–producer hierarchy was declared.</summary>
public sealed class FindingProject : IOrgOwned
{
    public Guid OrgId { get; init; }
    public Guid ProjectId { get; init; }
    public string Name { get; set; } = "";
    /// <summary>The latest declaration's time (R-KICK-1); null while none is known.</summary>
    public DateTimeOffset? HierarchyDeclaredAt { get; set; }
    /// <summary>The proto enum name of the declared hierarchy, e.g. <c>HIERARCHY_PEERS</c>.</summary>
    public string Hierarchy { get; set; } = "";
}
