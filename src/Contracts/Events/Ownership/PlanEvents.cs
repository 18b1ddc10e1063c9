namespace Crewline.Contracts.Events.Ownership;

/// <summary>An item was added to a project's shared plan (R-OWN-5).</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project whose plan changed.</param>
/// <param name="ItemId">The new item's id.</param>
/// <param name="Kind">The proto enum name of the kind, e.g. <c>PLAN_ITEM_KIND_MILESTONE</c>.</param>
/// <param name="OwnerRole">The proto enum name of the owner role, e.g. <c>PROJECT_ROLE_PRODUCER</c>.</param>
/// <param name="Title">The item's title.</param>
/// <param name="Start">The item's first day.</param>
/// <param name="Due">The item's last day.</param>
/// <param name="ChangeRequestId">The scope change that created it (the item is blocked until accepted, R-SCOPE-4); null when none.</param>
/// <param name="AddedBy">The subject of the caller who added it.</param>
public sealed record PlanItemAdded(
    Guid OrgId,
    Guid ProjectId,
    Guid ItemId,
    string Kind,
    string OwnerRole,
    string Title,
    DateOnly Start,
    DateOnly Due,
    Guid? ChangeRequestId,
    string AddedBy) : IOrgEvent;

/// <summary>How one plan item's dates moved.</summary>
/// <param name="ItemId">The item's id.</param>
/// <param name="Title">The item's title.</param>
/// <param name="OwnerRole">The proto enum name of the item's owner role.</param>
/// <param name="OldStart">The start before the move.</param>
/// <param name="OldDue">The due date before the move.</param>
/// <param name="NewStart">The start after the move.</param>
/// <param name="NewDue">The due date after the move.</param>
public sealed record PlanItemShift(
    Guid ItemId,
    string Title,
    string OwnerRole,
    DateOnly OldStart,
    DateOnly OldDue,
    DateOnly NewStart,
    DateOnly NewDue);

/// <summary>A plan item was moved, with every dependent it pushed ("a moved shoot date shows what it pushes").</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project whose plan changed.</param>
/// <param name="Moved">The item the caller moved.</param>
/// <param name="Pushed">Every dependent pushed by the move (transitively), in push order.</param>
/// <param name="MovedBy">The subject of the caller who moved it.</param>
public sealed record PlanItemRescheduled(
    Guid OrgId,
    Guid ProjectId,
    PlanItemShift Moved,
    IReadOnlyList<PlanItemShift> Pushed,
    string MovedBy) : IOrgEvent;

/// <summary>A plan item's status changed.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project whose plan changed.</param>
/// <param name="ItemId">The item's id.</param>
/// <param name="From">The proto enum name of the previous status, e.g. <c>PLAN_ITEM_STATUS_PLANNED</c>.</param>
/// <param name="To">The proto enum name of the new status.</param>
/// <param name="ChangedBy">The subject of the caller who changed it.</param>
public sealed record PlanItemStatusChanged(
    Guid OrgId,
    Guid ProjectId,
    Guid ItemId,
    string From,
    string To,
    string ChangedBy) : IOrgEvent;

/// <summary>The client accepted a scope change, so the plan items it created are no longer blocked (R-SCOPE-4).</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project whose plan changed.</param>
/// <param name="ChangeRequestId">The accepted change request.</param>
/// <param name="ItemIds">The items unblocked (now planned).</param>
public sealed record PlanItemUnblocked(
    Guid OrgId,
    Guid ProjectId,
    Guid ChangeRequestId,
    IReadOnlyList<Guid> ItemIds) : IOrgEvent;
