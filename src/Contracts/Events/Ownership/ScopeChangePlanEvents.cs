namespace Crewline.Contracts.Events.Ownership;

/// <summary>
/// The client declined a scope change: the plan items it had added, still blocked awaiting acceptance (no work
/// began on them, R-SCOPE-4), were taken off the shared plan.
/// </summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project whose plan changed.</param>
/// <param name="ChangeRequestId">The declined change request.</param>
/// <param name="ItemIds">The items removed.</param>
public sealed record PlanItemsWithdrawn(
    Guid OrgId,
    Guid ProjectId,
    Guid ChangeRequestId,
    IReadOnlyList<Guid> ItemIds) : IOrgEvent;
