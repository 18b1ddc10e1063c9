namespace Crewline.Contracts.Events.ScopeChanges;

/// <summary>A client's scope-change request was submitted and awaits assessment by both roles (R-SCOPE-1).</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project whose scope the request would change.</param>
/// <param name="ChangeRequestId">The new change request's id.</param>
/// <param name="Title">The change request's title.</param>
/// <param name="SubmittedBy">The subject of the caller who submitted it.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
public sealed record ScopeChangeRequested(
    Guid OrgId,
    Guid ProjectId,
    Guid ChangeRequestId,
    string Title,
    string SubmittedBy,
    DateTimeOffset SubmittedAt) : IOrgEvent;
