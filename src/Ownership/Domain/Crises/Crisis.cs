using Crewline.BuildingBlocks.Domain;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Crises;

/// <summary>
/// A mid-project crisis (R-CRISIS-1..3): led by whoever owns its source, with the other role
/// coordinating. Any project member may open one; a member holding the lead role resolves it.
/// </summary>
public sealed class Crisis : AggregateRoot, IOrgOwned
{
    public const int MaxDescriptionLength = 2000;
    public const int MaxResolutionLength = 2000;

    private Crisis() { }

    public Guid Id { get; private set; }
    public Guid OrgId { get; private set; }
    public Guid ProjectId { get; private set; }
    /// <summary>The named source, or null when the crisis was opened on a function key.</summary>
    public CrisisSource? Source { get; private set; }
    public string SourceFunctionKey { get; private set; } = "";
    public string Description { get; private set; } = "";
    public ProjectRole LeadRole { get; private set; }
    /// <summary>The members holding the lead role when the crisis was opened.</summary>
    public IReadOnlyList<Guid> LeadIds { get; private set; } = [];
    public ProjectRole CoordinatingRole { get; private set; }
    public string CoordinationDuty { get; private set; } = "";
    public string LeadReason { get; private set; } = "";
    public Guid OpenedBy { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public string? Resolution { get; private set; }
    public Guid? ResolvedBy { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public bool IsOpen => ResolvedAt is null;

    public static Crisis Open(
        Guid id, Guid orgId, IProjectOwnership project, CrisisSource source, string description, Guid openedBy, DateTimeOffset openedAt)
    {
        if (!Enum.IsDefined(source)) throw new ValidationException("source", $"Unknown crisis source {(int)source}.");
        return Open(id, orgId, project, source, CrisisSources.FunctionOf(source), description, openedBy, openedAt);
    }

    public static Crisis Open(
        Guid id, Guid orgId, IProjectOwnership project, string sourceFunctionKey, string description, Guid openedBy, DateTimeOffset openedAt) =>
        Open(id, orgId, project, null, sourceFunctionKey, description, openedBy, openedAt);

    private static Crisis Open(
        Guid id, Guid orgId, IProjectOwnership project, CrisisSource? source, string functionKey, string description,
        Guid openedBy, DateTimeOffset openedAt)
    {
        if (string.IsNullOrWhiteSpace(description) || description.Trim().Length > MaxDescriptionLength)
            throw new ValidationException("description", $"Describe the crisis in 1 to {MaxDescriptionLength} characters.");
        if (project.RolesOf(openedBy).Count == 0)
            throw new PermissionDeniedException("Only a member of the project can open a crisis on it.");

        var leadership = CrisisLeadership.For(project, functionKey);
        var leadIds = project.MembersWith(leadership.LeadRole).ToArray();
        if (leadIds.Length == 0)
            throw new RuleViolationException("R-CRISIS-1",
                $"The {leadership.LeadRole} owns {functionKey} and leads this crisis, but nobody on the project holds that role: add the member first.");

        var crisis = new Crisis
        {
            Id = id,
            OrgId = orgId,
            ProjectId = project.ProjectId,
            Source = source,
            SourceFunctionKey = functionKey,
            Description = description.Trim(),
            LeadRole = leadership.LeadRole,
            LeadIds = leadIds,
            CoordinatingRole = leadership.CoordinatingRole,
            CoordinationDuty = leadership.CoordinationDuty,
            LeadReason = leadership.Reason,
            OpenedBy = openedBy,
            OpenedAt = openedAt,
        };
        crisis.Raise(new CrisisOpened(id, orgId, project.ProjectId, functionKey, leadership.LeadRole, leadIds,
            leadership.CoordinatingRole, openedAt));
        return crisis;
    }

    /// <summary>The lead (a member holding the lead role) resolves the crisis with a note.</summary>
    public void Resolve(IProjectOwnership project, Guid resolvedBy, string resolution, DateTimeOffset resolvedAt)
    {
        if (string.IsNullOrWhiteSpace(resolution) || resolution.Trim().Length > MaxResolutionLength)
            throw new ValidationException("resolution", $"Say how it was resolved in 1 to {MaxResolutionLength} characters.");
        if (project.ProjectId != ProjectId)
            throw new ArgumentException("The ownership given is another project's.", nameof(project));
        if (!project.RolesOf(resolvedBy).Contains(LeadRole))
            throw new PermissionDeniedException($"The crisis is led by the {LeadRole}, the owner of {SourceFunctionKey}; only its lead resolves it (R-CRISIS-1).");
        if (!IsOpen)
            throw new RuleViolationException("R-CRISIS-1", "The crisis is already resolved.");
        if (resolvedAt < OpenedAt)
            throw new ValidationException("resolved_at", "A crisis is resolved after it was opened.");

        Resolution = resolution.Trim();
        ResolvedBy = resolvedBy;
        ResolvedAt = resolvedAt;
        Raise(new CrisisResolved(Id, OrgId, ProjectId, resolvedBy, Resolution, resolvedAt));
    }
}
