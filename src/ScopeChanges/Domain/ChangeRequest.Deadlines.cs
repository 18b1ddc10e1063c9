namespace Crewline.ScopeChanges.Domain;

public sealed partial class ChangeRequest
{
    /// <summary>
    /// Escalates what is overdue at <paramref name="now"/> (R-SCOPE-7): past the stage's deadline, to the
    /// role(s) that owe the assessment or signature; <see cref="DeadlinePolicy.LeadershipAfter"/> later, to
    /// leadership. Each level is raised once per deadline. Returns the escalations raised.
    /// </summary>
    public IReadOnlyList<Escalation> EscalateOverdue(DateTimeOffset now, DeadlinePolicy policy)
    {
        var raised = new List<Escalation>();
        while (NextEscalationAt is { } due && due <= now && DeadlineAt is { } deadline)
        {
            EscalationStage? stage = Status.AwaitsAssessment() ? EscalationStage.Assessment
                : Status.AwaitsSignatures() ? EscalationStage.SignOff : null;
            if (stage is null)
            {
                StopDeadlines();
                break;
            }
            var earlier = Escalations.Count(e => e.Stage == stage && e.DeadlineAt == deadline);
            var level = earlier == 0 ? EscalationLevel.OwningRole : EscalationLevel.Leadership;
            var escalation = new Escalation(stage.Value, level, OverdueRoles(stage.Value), CurrentVersion?.Number ?? 0, deadline, now);
            Escalations = [.. Escalations, escalation];
            Record(now, level == EscalationLevel.OwningRole ? "escalated to the owning role" : "escalated to leadership", "deadline-scan",
                Status, Status, escalation.Version, $"{stage} overdue since {deadline:u}: {string.Join(", ", escalation.OverdueRoles)}");
            Raise(new ChangeEscalated(escalation));
            raised.Add(escalation);
            NextEscalationAt = level == EscalationLevel.OwningRole ? deadline + policy.LeadershipAfter : null;
        }
        return raised;
    }

    private IReadOnlyList<WorkflowRole> OverdueRoles(EscalationStage stage)
    {
        if (stage == EscalationStage.SignOff)
            return new[] { WorkflowRole.ProjectManager, WorkflowRole.Producer }.Where(r => CurrentVersion?.IsSignedBy(r) != true).ToArray();
        if (Status == ChangeRequestStatus.ReturnedForReassessment) return [WorkflowRole.ProjectManager, WorkflowRole.Producer];
        var owed = new List<WorkflowRole>();
        if (Flow is null) owed.Add(WorkflowRole.ProjectManager);
        if (Production is null) owed.Add(WorkflowRole.Producer);
        return owed;
    }

    private void StartStage(DateTimeOffset deadline)
    {
        DeadlineAt = deadline;
        NextEscalationAt = deadline;
    }

    private void StopDeadlines()
    {
        DeadlineAt = null;
        NextEscalationAt = null;
    }
}
