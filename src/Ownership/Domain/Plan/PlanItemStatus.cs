namespace Crewline.Ownership.Domain.Plan;

public enum PlanItemStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    /// <summary>Blocked by its owner, or created by a scope change the client has not accepted yet (R-SCOPE-4).</summary>
    Blocked = 4,
}
