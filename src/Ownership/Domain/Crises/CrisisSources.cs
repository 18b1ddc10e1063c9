using Crewline.Ownership.Domain.Functions;

namespace Crewline.Ownership.Domain.Crises;

/// <summary>
/// Which function each named crisis source touches; the owner of that function in the
/// project's matrix leads (R-CRISIS-1). Choices where the spec is silent:
/// <list type="bullet">
/// <item>A key approval delayed → <c>client-sign-off</c>: the approvals that stall a project are
/// the client's; an internal review running late is opened with the <c>internal-review</c> key.</item>
/// <item>A scope blow-up → <c>deliverable-tracking</c> (deliverables against the master plan, the PM's
/// scope discipline), not <c>scope-change-decisions</c>: that one is co-owned, while R-CRISIS-3
/// wants the PM to lead a blow-up; the change request itself still goes through R-SCOPE.</item>
/// </list>
/// </summary>
public static class CrisisSources
{
    public static string FunctionOf(CrisisSource source) => source switch
    {
        CrisisSource.VendorFellThrough => FunctionKeys.VendorSelection,
        CrisisSource.TalentIssue => FunctionKeys.TalentAndCrew,
        CrisisSource.ShootDayWeatheredOut => FunctionKeys.ProductionMilestones,
        CrisisSource.TeamMemberDeparted => FunctionKeys.InternalTeamCoordination,
        CrisisSource.KeyApprovalDelayed => FunctionKeys.ClientSignOff,
        CrisisSource.ScopeBlowUp => FunctionKeys.DeliverableTracking,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown crisis source."),
    };
}
