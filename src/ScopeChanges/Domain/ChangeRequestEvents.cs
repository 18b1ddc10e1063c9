namespace Crewline.ScopeChanges.Domain;

// What a change request raises; the feature handlers turn each into an integration event in the same transaction.

public sealed record ChangeRequestRaised(DateTimeOffset At);

public sealed record AssessmentRecorded(WorkflowRole Role, Guid By, bool NoImpact, DateTimeOffset At);

public sealed record ResponseCombined(int Version, bool VoidedEarlier, DateTimeOffset At);

public sealed record ResponseSigned(int Version, WorkflowRole Role, Guid By, string BySubject, DateTimeOffset At);

/// <summary>Both roles signed <paramref name="Version"/> (R-SCOPE-3): the change order is to be written.</summary>
public sealed record ChangeApproved(int Version, DateTimeOffset At);

public sealed record ResponseRejected(int Version, WorkflowRole Role, Guid By, string Reason, DateTimeOffset At);

public sealed record ResponseReturned(int Version, WorkflowRole Role, Guid By, string Reason, DateTimeOffset At);

public sealed record ChangeCancelled(Guid By, string Reason, DateTimeOffset At);

public sealed record ChangeEscalated(Escalation Escalation);

public sealed record ChangeOrderSent(Guid ChangeOrderId, int Version, DateTimeOffset At);

public sealed record ClientAnswered(int Version, bool Accepted, string Note, DateTimeOffset At);
