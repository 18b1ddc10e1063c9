namespace Crewline.Contracts.Events.ScopeChanges;

/// <summary>The client accepted a scope change (its versioned change order): work it creates may begin (R-SCOPE-4).</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project whose scope changed.</param>
/// <param name="ChangeRequestId">The accepted change request's id.</param>
/// <param name="AcceptedAt">When the client accepted it.</param>
public sealed record ScopeChangeAccepted(
    Guid OrgId,
    Guid ProjectId,
    Guid ChangeRequestId,
    DateTimeOffset AcceptedAt) : IOrgEvent;
