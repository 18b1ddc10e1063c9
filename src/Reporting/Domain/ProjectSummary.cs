using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Domain;

/// <summary>
/// The reporting view of a project, built from the events of every service. A row may exist before
/// its <c>ProjectCreated</c> arrives (<see cref="IsPlaceholder"/>): an event about the project came
/// first; the creation fills in its name, type and creation time. Each field group keeps the event
/// time it was last set at, so an older event arriving late does not overwrite a newer one.
/// </summary>
public sealed class ProjectSummary : IOrgOwned
{
    public Guid ProjectId { get; init; }
    public Guid OrgId { get; init; }
    public required string Name { get; set; }
    public required string ProjectType { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>True until the project's <c>ProjectCreated</c> has been applied.</summary>
    public bool IsPlaceholder { get; set; }

    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The declared hierarchy (proto enum name); empty until declared.</summary>
    public string Hierarchy { get; set; } = "";
    public DateTimeOffset? HierarchyAt { get; set; }

    public Guid? SpocPersonId { get; set; }
    public string SpocSubject { get; set; } = "";
    public string SpocRole { get; set; } = "";
    public DateTimeOffset? SpocNamedAt { get; set; }

    /// <summary>The latest event time applied to this project.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    public static ProjectSummary Placeholder(Guid orgId, Guid projectId) => new()
    {
        OrgId = orgId, ProjectId = projectId, Name = "", ProjectType = "", IsPlaceholder = true,
    };

    public void Touch(DateTimeOffset? at)
    {
        if (at is { } t && (UpdatedAt is null || t > UpdatedAt)) UpdatedAt = t;
    }
}
