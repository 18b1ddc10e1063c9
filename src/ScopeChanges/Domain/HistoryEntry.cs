namespace Crewline.ScopeChanges.Domain;

/// <summary>One step of a change request's history: what happened, who did it, the state it left, the version concerned.</summary>
public sealed record HistoryEntry(DateTimeOffset At, string Action, string By, ChangeRequestStatus From, ChangeRequestStatus To, int Version, string Note);

/// <summary>Which deadline an escalation is about (R-SCOPE-7).</summary>
public enum EscalationStage
{
    Assessment = 1,
    SignOff = 2,
}

/// <summary>How far an escalation went: first to the role(s) that owe the work, then to leadership (R-SCOPE-7).</summary>
public enum EscalationLevel
{
    OwningRole = 1,
    Leadership = 2,
}

/// <summary>An escalation raised for an overdue assessment or sign-off (R-SCOPE-7).</summary>
public sealed record Escalation(EscalationStage Stage, EscalationLevel Level, IReadOnlyList<WorkflowRole> OverdueRoles, int Version, DateTimeOffset DeadlineAt, DateTimeOffset RaisedAt);

/// <summary>How long each stage may take before it is escalated, and how long after that leadership hears of it (R-SCOPE-7).</summary>
public sealed record DeadlinePolicy(TimeSpan AssessmentWindow, TimeSpan SignOffWindow, TimeSpan LeadershipAfter)
{
    public static readonly DeadlinePolicy Default = new(TimeSpan.FromDays(2), TimeSpan.FromDays(2), TimeSpan.FromDays(1));
}
