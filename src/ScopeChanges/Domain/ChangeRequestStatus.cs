namespace Crewline.ScopeChanges.Domain;

/// <summary>Where a change request stands on its way to a signed-off response (R-SCOPE).</summary>
public enum ChangeRequestStatus
{
    /// <summary>Submitted; waits for the producer's and the PM's assessments (R-SCOPE-1).</summary>
    AwaitingAssessment = 1,
}
