namespace Crewline.Contracts.Events.ClientComms;

/// <summary>A client contact was added to a project.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="ContactId">The contact's id.</param>
/// <param name="Name">The contact's name.</param>
/// <param name="Email">The contact's email address.</param>
/// <param name="RoleAtClient">The contact's role at the client (may be empty).</param>
/// <param name="AddedBy">The subject of the member who added them.</param>
/// <param name="AddedAt">When.</param>
public sealed record ClientContactAdded(
    Guid OrgId,
    Guid ProjectId,
    Guid ContactId,
    string Name,
    string Email,
    string RoleAtClient,
    string AddedBy,
    DateTimeOffset AddedAt) : IOrgEvent;
