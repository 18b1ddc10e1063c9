using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Plan;

public sealed record PlanItemAdded(Guid OrgId, Guid ProjectId, Guid ItemId, PlanItemKind Kind, ProjectRole OwnerRole, string Title,
    DateOnly Start, DateOnly Due, Guid? ChangeRequestId);

/// <summary>A plan item moved, and what it pushed ("a moved shoot date shows what it pushes").</summary>
public sealed record PlanItemRescheduled(Guid OrgId, Guid ProjectId, Guid MovedBy, ScheduleImpact Impact);

public sealed record PlanItemStatusChanged(Guid OrgId, Guid ProjectId, Guid ItemId, PlanItemStatus From, PlanItemStatus To, Guid ChangedBy);

/// <summary>The client accepted a change, so the items it created are no longer blocked (R-SCOPE-4).</summary>
public sealed record PlanItemsUnblocked(Guid OrgId, Guid ProjectId, Guid ChangeRequestId, IReadOnlyList<Guid> ItemIds);

/// <summary>A plan item a scope change adds once both roles approved it (R-SCOPE-3); created blocked (R-SCOPE-4).</summary>
public sealed record ApprovedChangeItem(Guid ItemId, PlanItemKind Kind, ProjectRole OwnerRole, string Title, DateOnly Start, DateOnly Due);

/// <summary>The client declined a change, so the blocked items it created left the plan (R-SCOPE-4).</summary>
public sealed record PlanItemsRemovedForDeclinedChange(Guid OrgId, Guid ProjectId, Guid ChangeRequestId, IReadOnlyList<Guid> ItemIds);
