namespace Crewline.Contracts.Events.Ownership;

/// <summary>A person was given a role on a project (a second role makes them wear both hats).</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="PersonId">The person.</param>
/// <param name="Role">The proto enum name of the role, e.g. <c>PROJECT_ROLE_PRODUCER</c>.</param>
/// <param name="By">The subject of the caller.</param>
/// <param name="At">When it happened.</param>
public sealed record ProjectMemberAdded(Guid OrgId, Guid ProjectId, Guid PersonId, string Role, string By, DateTimeOffset At) : IOrgEvent;

/// <summary>A person no longer holds a role on a project.</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="PersonId">The person.</param>
/// <param name="Role">The proto enum name of the role taken away.</param>
/// <param name="By">The subject of the caller.</param>
/// <param name="At">When it happened.</param>
public sealed record ProjectMemberRoleRemoved(Guid OrgId, Guid ProjectId, Guid PersonId, string Role, string By, DateTimeOffset At) : IOrgEvent;
