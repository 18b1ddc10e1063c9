namespace Crewline.Ownership.Domain.Crises;

/// <summary>The named sources of a mid-project crisis (R-CRISIS-2, R-CRISIS-3). Any function key may be a source too.</summary>
public enum CrisisSource
{
    // R-CRISIS-2: production side
    VendorFellThrough = 1,
    TalentIssue = 2,
    ShootDayWeatheredOut = 3,
    // R-CRISIS-3: flow side
    TeamMemberDeparted = 4,
    KeyApprovalDelayed = 5,
    ScopeBlowUp = 6,
}
