using Crewline.BuildingBlocks.Domain;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.ScopeChanges.Domain;

/// <summary>
/// A client's request to change a project's scope, and the whole workflow around it as one aggregate
/// (one row, one optimistic-concurrency version): both roles assess it (R-SCOPE-1), the assessments
/// are combined into one versioned response (R-SCOPE-2, R-SCOPE-6), both roles sign the same version
/// (R-SCOPE-3), the change order is written and sent through the SPOC (R-SCOPE-4, R-SCOPE-5), and
/// overdue work is escalated (R-SCOPE-7). Every step is appended to <see cref="History"/>.
/// </summary>
public sealed partial class ChangeRequest : AggregateRoot, IOrgOwned
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxRequestedByLength = 400;
    public const int MaxDeliverables = 50;
    public const int MaxDeliverableLength = 200;
    public const int MaxReasonLength = 2000;

    private ChangeRequest() { }

    public Guid Id { get; private set; }
    public Guid OrgId { get; private set; }
    public Guid ProjectId { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public IReadOnlyList<string> RequestedDeliverables { get; private set; } = [];
    /// <summary>Who asked for the change (a client contact, or the member who raised it).</summary>
    public string RequestedBy { get; private set; } = "";
    /// <summary>When the client asked.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }
    /// <summary>The day the client wants an answer by, if they said.</summary>
    public DateOnly? DueBy { get; private set; }
    /// <summary>The client message it was opened from (one request per message), if it came from client communications.</summary>
    public Guid? InboundMessageId { get; private set; }
    public ChangeRequestStatus Status { get; private set; }
    /// <summary>The token subject of the member who raised it, or <c>client:&lt;address&gt;</c>.</summary>
    public string SubmittedBy { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public ProductionAssessment? Production { get; private set; }
    public FlowAssessment? Flow { get; private set; }
    /// <summary>Every combined version, oldest first; only the last may be unvoided.</summary>
    public IReadOnlyList<ResponseVersion> Versions { get; private set; } = [];
    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];
    public IReadOnlyList<Escalation> Escalations { get; private set; } = [];
    /// <summary>The written change order, once approved (R-SCOPE-4).</summary>
    public Guid? ChangeOrderId { get; private set; }
    /// <summary>When the current stage (assessment or sign-off) is due; null when nothing waits (R-SCOPE-7).</summary>
    public DateTimeOffset? DeadlineAt { get; private set; }
    /// <summary>When the deadline scan has something to escalate next; null when nothing (R-SCOPE-7).</summary>
    public DateTimeOffset? NextEscalationAt { get; private set; }
    /// <summary>Optimistic concurrency token (PostgreSQL xmin): concurrent commands make exactly one transition.</summary>
    public uint Version { get; private set; }

    /// <summary>The version being signed (or signed last); null before both assessments are in.</summary>
    public ResponseVersion? CurrentVersion => Versions.Count == 0 ? null : Versions[^1];

    /// <summary>A new request, awaiting both roles' assessments (R-SCOPE-1) by the assessment deadline (R-SCOPE-7).</summary>
    public static ChangeRequest Open(
        Guid id, Guid orgId, Guid projectId, string title, string? description, IEnumerable<string>? requestedDeliverables,
        string requestedBy, DateTimeOffset receivedAt, DateOnly? dueBy, string submittedBy, Guid? inboundMessageId,
        DateTimeOffset now, DeadlinePolicy policy)
    {
        var deliverables = (requestedDeliverables ?? []).Select(d => d.Trim()).Where(d => d.Length > 0).ToArray();
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > MaxTitleLength)
            violations.Add(new("title", $"must have 1 to {MaxTitleLength} characters"));
        if (description?.Length > MaxDescriptionLength)
            violations.Add(new("description", $"must be at most {MaxDescriptionLength} characters"));
        if (deliverables.Length > MaxDeliverables || deliverables.Any(d => d.Length > MaxDeliverableLength))
            violations.Add(new("requested_deliverables", $"at most {MaxDeliverables}, each at most {MaxDeliverableLength} characters"));
        if (violations.Count > 0) throw new ValidationException(violations);

        var change = new ChangeRequest
        {
            Id = id,
            OrgId = orgId,
            ProjectId = projectId,
            Title = title.Trim(),
            Description = description ?? "",
            RequestedDeliverables = deliverables,
            RequestedBy = Truncate(requestedBy, MaxRequestedByLength),
            ReceivedAt = receivedAt,
            DueBy = dueBy,
            InboundMessageId = inboundMessageId,
            Status = ChangeRequestStatus.Requested,
            SubmittedBy = submittedBy,
            SubmittedAt = now,
        };
        change.StartStage(now + policy.AssessmentWindow);
        change.Record(now, "raised", submittedBy, ChangeRequestStatus.Requested, ChangeRequestStatus.Requested, 0, change.Title);
        change.Raise(new ChangeRequestRaised(now));
        return change;
    }

    /// <summary>Withdraws the request before it is approved.</summary>
    public void Cancel(Guid by, string bySubject, string reason, DateTimeOffset now)
    {
        var why = RequireReason(reason);
        if (!ChangeRequestStatuses.Open.Contains(Status))
            throw new RuleViolationException("R-SCOPE-3", $"A change request that is {Status} can no longer be cancelled.",
                [new PreconditionViolation("R-SCOPE-3", "status", $"is {Status}; only an open request (not yet approved) can be cancelled")]);
        Transition(ChangeRequestStatus.Cancelled, now, "cancelled", bySubject, CurrentVersion?.Number ?? 0, why);
        StopDeadlines();
        Raise(new ChangeCancelled(by, why, now));
    }

    private void Transition(ChangeRequestStatus to, DateTimeOffset at, string action, string by, int version, string note = "")
    {
        var from = Status;
        Status = to;
        Record(at, action, by, from, to, version, note);
    }

    private void Record(DateTimeOffset at, string action, string by, ChangeRequestStatus from, ChangeRequestStatus to, int version, string note) =>
        History = [.. History, new HistoryEntry(at, action, by, from, to, version, note)];

    private static string RequireReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
            throw new ValidationException("reason", $"must have 1 to {MaxReasonLength} characters");
        return reason.Trim();
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
