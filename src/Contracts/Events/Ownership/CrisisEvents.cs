namespace Crewline.Contracts.Events.Ownership;

/// <summary>A mid-project crisis was opened with its lead named: the owner of its source (R-CRISIS-1).</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project's id.</param>
/// <param name="CrisisId">The crisis's id.</param>
/// <param name="SourceFunctionKey">The function that is the source of the crisis.</param>
/// <param name="LeadRole">The proto enum name of the role that leads, e.g. <c>PROJECT_ROLE_PRODUCER</c>.</param>
/// <param name="LeadIds">The members holding the lead role.</param>
/// <param name="CoordinatingRole">The proto enum name of the role that coordinates, e.g. <c>PROJECT_ROLE_PROJECT_MANAGER</c>.</param>
/// <param name="OpenedBy">The member who opened it.</param>
/// <param name="OpenedAt">When it was opened.</param>
public sealed record CrisisOpened(
    Guid OrgId,
    Guid ProjectId,
    Guid CrisisId,
    string SourceFunctionKey,
    string LeadRole,
    IReadOnlyList<Guid> LeadIds,
    string CoordinatingRole,
    Guid OpenedBy,
    DateTimeOffset OpenedAt) : IOrgEvent;

/// <summary>The crisis lead resolved a crisis.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project's id.</param>
/// <param name="CrisisId">The crisis's id.</param>
/// <param name="ResolvedBy">The member who resolved it.</param>
/// <param name="Resolution">How it was resolved.</param>
/// <param name="ResolvedAt">When it was resolved.</param>
public sealed record CrisisResolved(
    Guid OrgId,
    Guid ProjectId,
    Guid CrisisId,
    Guid ResolvedBy,
    string Resolution,
    DateTimeOffset ResolvedAt) : IOrgEvent;
