using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Domain.Portfolio;

/// <summary>
/// One item of a project's shared plan as Reporting sees it. A status change, an unblock or a move
/// may arrive before the item itself: the row is created as a placeholder (<see cref="Added"/> false)
/// and the addition fills in what it does not already know.
/// </summary>
public sealed class PlanItemRow : IOrgOwned
{
    public const string Planned = "PLAN_ITEM_STATUS_PLANNED";
    public const string Blocked = "PLAN_ITEM_STATUS_BLOCKED";
    public const string Done = "PLAN_ITEM_STATUS_DONE";
    public const string Milestone = "PLAN_ITEM_KIND_MILESTONE";

    public Guid ItemId { get; init; }
    public Guid OrgId { get; init; }
    public Guid ProjectId { get; init; }
    public string Title { get; set; } = "";
    public string Kind { get; set; } = "";
    public string OwnerRole { get; set; } = "";
    public DateOnly? Start { get; set; }
    public DateOnly? Due { get; set; }

    /// <summary>The status (proto enum name); empty until an event says.</summary>
    public string Status { get; set; } = "";
    public Guid? ChangeRequestId { get; set; }
    public bool Added { get; set; }

    /// <summary>True once a move set the dates: a late-arriving addition keeps them.</summary>
    public bool Rescheduled { get; set; }

    /// <summary>Taken off the plan (its scope change was declined).</summary>
    public bool Withdrawn { get; set; }

    public bool IsLate(DateOnly today) => Due is { } due && due < today && Status != Done;
}
