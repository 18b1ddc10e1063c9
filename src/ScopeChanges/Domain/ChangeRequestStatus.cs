namespace Crewline.ScopeChanges.Domain;

/// <summary>
/// Where a change request stands (R-SCOPE): Requested → Assessing → Combined → SigningOff → Approved →
/// SentToClient → ClientAccepted | ClientDeclined, with Rejected, ReturnedForReassessment and Cancelled.
/// </summary>
public enum ChangeRequestStatus
{
    /// <summary>Raised; waits for the producer's and the PM's assessments (R-SCOPE-1).</summary>
    Requested = 1,
    /// <summary>One of the two assessments is in; waits for the other (R-SCOPE-1).</summary>
    Assessing = 2,
    /// <summary>Both assessments are combined into one versioned response (R-SCOPE-2, R-SCOPE-6); nobody signed it yet.</summary>
    Combined = 3,
    /// <summary>One role signed the current version; waits for the other (R-SCOPE-3).</summary>
    SigningOff = 4,
    /// <summary>Both roles signed the same version; the change order is written (R-SCOPE-4).</summary>
    Approved = 5,
    /// <summary>The change order went to client communications, which sends it as the SPOC (R-SCOPE-5).</summary>
    SentToClient = 6,
    /// <summary>The client accepted the change order: the work it adds may begin (R-SCOPE-4).</summary>
    ClientAccepted = 7,
    /// <summary>The client declined the change order.</summary>
    ClientDeclined = 8,
    /// <summary>A role rejected the combined response (R-SCOPE-3).</summary>
    Rejected = 9,
    /// <summary>A role sent the combined response back to be assessed again (R-SCOPE-3).</summary>
    ReturnedForReassessment = 10,
    /// <summary>Withdrawn before approval.</summary>
    Cancelled = 11,
}

public static class ChangeRequestStatuses
{
    /// <summary>States in which the request is still open (not approved, not finished).</summary>
    public static readonly IReadOnlyList<ChangeRequestStatus> Open =
    [
        ChangeRequestStatus.Requested, ChangeRequestStatus.Assessing, ChangeRequestStatus.Combined,
        ChangeRequestStatus.SigningOff, ChangeRequestStatus.ReturnedForReassessment,
    ];

    /// <summary>States that wait for assessments (R-SCOPE-1).</summary>
    public static bool AwaitsAssessment(this ChangeRequestStatus status) =>
        status is ChangeRequestStatus.Requested or ChangeRequestStatus.Assessing or ChangeRequestStatus.ReturnedForReassessment;

    /// <summary>States in which the current version waits for signatures (R-SCOPE-3).</summary>
    public static bool AwaitsSignatures(this ChangeRequestStatus status) =>
        status is ChangeRequestStatus.Combined or ChangeRequestStatus.SigningOff;
}
