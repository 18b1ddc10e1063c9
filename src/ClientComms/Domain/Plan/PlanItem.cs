using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.ClientComms.Domain.Plan;

/// <summary>
/// One item of a project's shared plan as Ownership's plan events describe it (a replica: the plan
/// is Ownership's). Status to the client is composed from these and nothing else (R-COMM-5).
/// </summary>
public sealed class PlanItem : IOrgOwned
{
    private PlanItem() { }

    public Guid ItemId { get; private set; }
    public Guid OrgId { get; private set; }
    public Guid ProjectId { get; private set; }
    /// <summary>The proto enum name of the kind, e.g. PLAN_ITEM_KIND_MILESTONE.</summary>
    public string Kind { get; private set; } = "";
    public string OwnerRole { get; private set; } = "";
    public string Title { get; private set; } = "";
    public DateOnly Start { get; private set; }
    public DateOnly Due { get; private set; }
    /// <summary>The proto enum name of the status, e.g. PLAN_ITEM_STATUS_PLANNED; blocked items wait for a client's acceptance.</summary>
    public string Status { get; private set; } = "";

    public static PlanItem Added(Guid orgId, Guid projectId, Guid itemId, string kind, string ownerRole, string title, DateOnly start, DateOnly due, bool blocked) => new()
    {
        ItemId = itemId, OrgId = orgId, ProjectId = projectId, Kind = kind, OwnerRole = ownerRole, Title = title, Start = start, Due = due,
        Status = blocked ? BlockedStatus : PlannedStatus,
    };

    public const string PlannedStatus = "PLAN_ITEM_STATUS_PLANNED";
    public const string BlockedStatus = "PLAN_ITEM_STATUS_BLOCKED";

    public void Reschedule(DateOnly start, DateOnly due)
    {
        Start = start;
        Due = due;
    }

    public void ChangeStatus(string status) => Status = status;
}
