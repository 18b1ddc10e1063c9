using Crewline.BuildingBlocks.Errors;

namespace Crewline.ScopeChanges.Domain;

public sealed partial class ChangeRequest
{
    /// <summary>
    /// <paramref name="role"/> signs <paramref name="version"/> of the combined response (R-SCOPE-3). The
    /// second role's signature on the same version approves the change; one signature never does. A
    /// stale version is refused (R-SCOPE-3); signing again for a role that already signed changes
    /// nothing. Returns whether anything changed.
    /// </summary>
    public bool Sign(WorkflowRole role, Guid by, string bySubject, int version, DateTimeOffset now)
    {
        var current = RequireSignable(version, "sign");
        if (current.IsSignedBy(role)) return false;

        var signed = current with { Signatures = [.. current.Signatures, new Signature(role, by, bySubject, now)] };
        Versions = [.. Versions.Take(Versions.Count - 1), signed];
        Raise(new ResponseSigned(version, role, by, bySubject, now));
        if (!signed.IsSignedByBoth)
        {
            Transition(ChangeRequestStatus.SigningOff, now, $"signed as {role}", bySubject, version);
            return true;
        }
        Transition(ChangeRequestStatus.Approved, now, $"signed as {role}", bySubject, version, "both roles signed: approved");
        StopDeadlines();
        Raise(new ChangeApproved(version, now));
        return true;
    }

    /// <summary><paramref name="role"/> rejects the combined response with a reason (R-SCOPE-3): the request ends.</summary>
    public void Reject(WorkflowRole role, Guid by, string bySubject, int version, string reason, DateTimeOffset now)
    {
        var why = RequireReason(reason);
        RequireSignable(version, "reject");
        Transition(ChangeRequestStatus.Rejected, now, $"rejected as {role}", bySubject, version, why);
        StopDeadlines();
        Raise(new ResponseRejected(version, role, by, why, now));
    }

    /// <summary>
    /// <paramref name="role"/> sends the combined response back (R-SCOPE-3): either role's next
    /// assessment makes a new version, which voids this one's signatures.
    /// </summary>
    public void ReturnForReassessment(WorkflowRole role, Guid by, string bySubject, int version, string reason, DateTimeOffset now, DeadlinePolicy policy)
    {
        var why = RequireReason(reason);
        RequireSignable(version, "return");
        Transition(ChangeRequestStatus.ReturnedForReassessment, now, $"returned as {role}", bySubject, version, why);
        StartStage(now + policy.AssessmentWindow);
        Raise(new ResponseReturned(version, role, by, why, now));
    }

    /// <summary>The change order of the approved version went to client communications (R-SCOPE-4, R-SCOPE-5).</summary>
    public void MarkSentToClient(Guid changeOrderId, DateTimeOffset now)
    {
        if (Status != ChangeRequestStatus.Approved)
            throw new InvalidOperationException($"Only an approved change request is sent to the client (it is {Status}).");
        ChangeOrderId = changeOrderId;
        Transition(ChangeRequestStatus.SentToClient, now, "change order sent through the SPOC", "scopechanges", CurrentVersion!.Number);
        Raise(new ChangeOrderSent(changeOrderId, CurrentVersion.Number, now));
    }

    /// <summary>
    /// The client's answer to the change order. An answer to another version or change order, or when
    /// none is awaited, changes nothing but is noted in the history; returns whether it was taken.
    /// </summary>
    public bool ClientAnswer(Guid changeOrderId, int version, bool accepted, string? note, DateTimeOffset at)
    {
        var text = (note ?? "").Trim();
        text = text.Length <= MaxReasonLength ? text : text[..MaxReasonLength];
        if (Status != ChangeRequestStatus.SentToClient || changeOrderId != ChangeOrderId || version != CurrentVersion?.Number)
        {
            Record(at, "client answer ignored", "client", Status, Status, version,
                $"answer to change order {changeOrderId} version {version} while the request is {Status} (current version {CurrentVersion?.Number ?? 0})");
            return false;
        }
        Transition(accepted ? ChangeRequestStatus.ClientAccepted : ChangeRequestStatus.ClientDeclined, at,
            accepted ? "client accepted" : "client declined", "client", version, text);
        Raise(new ClientAnswered(version, accepted, text, at));
        return true;
    }

    private ResponseVersion RequireSignable(int version, string what)
    {
        if (!Status.AwaitsSignatures() || CurrentVersion is null)
            throw new RuleViolationException("R-SCOPE-3", $"There is no combined response to {what}: the change request is {Status}.",
                [new PreconditionViolation("R-SCOPE-3", "status", $"is {Status}; a response is signed, rejected or returned while it awaits both signatures")]);
        if (version != CurrentVersion.Number)
            throw new RuleViolationException("R-SCOPE-3", $"Version {version} is not the current version of the response ({CurrentVersion.Number}): both roles sign the same version.",
                [new PreconditionViolation("R-SCOPE-3", "version", $"version {version} is stale or unknown; the current version is {CurrentVersion.Number}")]);
        return CurrentVersion;
    }
}
