using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Plan;

public sealed record PlanItemAdded(Guid OrgId, Guid ProjectId, Guid ItemId, PlanItemKind Kind, ProjectRole OwnerRole, string Title,
    DateOnly Start, DateOnly Due, Guid? ChangeRequestId);

/// <summary>A plan item moved, and what it pushed ("a moved shoot date shows what it pushes").</summary>
public sealed record PlanItemRescheduled(Guid OrgId, Guid ProjectId, Guid MovedBy, ScheduleImpact Impact);

public sealed record PlanItemStatusChanged(Guid OrgId, Guid ProjectId, Guid ItemId, PlanItemStatus From, PlanItemStatus To, Guid ChangedBy);

/// <summary>The client accepted a change, so the items it created are no longer blocked (R-SCOPE-4).</summary>
public sealed record PlanItemsUnblocked(Guid OrgId, Guid ProjectId, Guid ChangeRequestId, IReadOnlyList<Guid> ItemIds);
