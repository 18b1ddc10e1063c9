namespace Crewline.Ownership.Domain.Decisions;

/// <summary>The kinds of decision R-ROUTE-1 and R-ROUTE-3 route without naming a function.</summary>
public enum DecisionCategory
{
    /// <summary>Touches external production (vendors, shoots, post, talent): producer first (R-ROUTE-1).</summary>
    ExternalProduction = 1,
    /// <summary>Touches the internal team or process: PM first (R-ROUTE-1).</summary>
    InternalTeamOrProcess = 2,
    /// <summary>An internal capacity conflict: PM leads, producer briefed if production depends on it (R-ROUTE-3).</summary>
    InternalCapacityConflict = 3,
    /// <summary>A shoot date must move: PM and producer take it jointly to leadership (R-ROUTE-3).</summary>
    ShootDateMove = 4,
}
