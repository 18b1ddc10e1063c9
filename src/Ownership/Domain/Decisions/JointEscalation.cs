using Crewline.BuildingBlocks.Domain;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Decisions;

/// <summary>
/// An issue the PM and the producer take jointly to leadership (R-ROUTE-3), e.g. a shoot date
/// that must move. Both must sign: the PM id must hold the PM role and the producer id the
/// producer role; one person wearing both hats signs for both.
/// </summary>
public sealed class JointEscalation : AggregateRoot, IOrgOwned
{
    public const int MaxSubjectLength = 200;
    public const int MaxWhyLength = 2000;
    public const int MaxOutcomeLength = 2000;

    private JointEscalation() { }

    public Guid Id { get; private set; }
    public Guid OrgId { get; private set; }
    public Guid ProjectId { get; private set; }
    public Guid ProjectManagerId { get; private set; }
    public Guid ProducerId { get; private set; }
    public string Subject { get; private set; } = "";
    public string Why { get; private set; } = "";
    /// <summary>Always leadership: joint escalations go up, not sideways.</summary>
    public ProjectRole EscalatedTo => ProjectRole.Leadership;
    public DateTimeOffset RaisedAt { get; private set; }
    public string? Outcome { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public bool IsResolved => ResolvedAt is not null;

    public static JointEscalation RaiseJointly(
        Guid id, Guid orgId, IProjectOwnership project, Guid projectManagerId, Guid producerId,
        string subject, string why, DateTimeOffset raisedAt)
    {
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(subject) || subject.Trim().Length > MaxSubjectLength)
            violations.Add(new("subject", $"Name the subject in 1 to {MaxSubjectLength} characters."));
        if (string.IsNullOrWhiteSpace(why) || why.Trim().Length > MaxWhyLength)
            violations.Add(new("why", $"Say why in 1 to {MaxWhyLength} characters."));
        if (violations.Count > 0) throw new ValidationException(violations);

        if (!project.RolesOf(projectManagerId).Contains(ProjectRole.ProjectManager))
            throw new PermissionDeniedException("A joint escalation is raised by the project's PM: the named PM does not hold that role (R-ROUTE-3).");
        if (!project.RolesOf(producerId).Contains(ProjectRole.Producer))
            throw new PermissionDeniedException("A joint escalation is raised by the project's producer: the named producer does not hold that role (R-ROUTE-3).");

        var escalation = new JointEscalation
        {
            Id = id,
            OrgId = orgId,
            ProjectId = project.ProjectId,
            ProjectManagerId = projectManagerId,
            ProducerId = producerId,
            Subject = subject.Trim(),
            Why = why.Trim(),
            RaisedAt = raisedAt,
        };
        escalation.Raise(new JointEscalationRaised(id, orgId, project.ProjectId, projectManagerId, producerId, escalation.Subject, raisedAt));
        return escalation;
    }

    /// <summary>Records leadership's answer; an escalation is answered once.</summary>
    public void Resolve(string outcome, DateTimeOffset resolvedAt)
    {
        if (string.IsNullOrWhiteSpace(outcome) || outcome.Trim().Length > MaxOutcomeLength)
            throw new ValidationException("outcome", $"Record leadership's answer in 1 to {MaxOutcomeLength} characters.");
        if (IsResolved)
            throw new RuleViolationException("R-ROUTE-3", "This escalation was already answered by leadership.");
        Outcome = outcome.Trim();
        ResolvedAt = resolvedAt;
        Raise(new JointEscalationResolved(Id, OrgId, ProjectId, Outcome, resolvedAt));
    }
}
