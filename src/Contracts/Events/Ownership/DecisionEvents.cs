namespace Crewline.Contracts.Events.Ownership;

/// <summary>A decision was appended to a project's decision log (R-ROUTE-4).</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project's id.</param>
/// <param name="DecisionId">The decision's id.</param>
/// <param name="FunctionKey">The function the decision touched.</param>
/// <param name="DecidedBy">The member (person id) who decided.</param>
/// <param name="DeciderRoles">The proto enum names of the roles the decider held, e.g. <c>PROJECT_ROLE_PROJECT_MANAGER</c>.</param>
/// <param name="OwnerRoles">The proto enum names of the function's owner roles when the decision was taken.</param>
/// <param name="BriefedRoles">The proto enum names of the roles that were briefed.</param>
/// <param name="IsOverride">The decider held none of the owner roles (R-ROUTE-2); counts toward R-FAIL-3.</param>
/// <param name="DecidedAt">When it was recorded.</param>
/// <param name="Summary">What was decided (empty from publishers older than this field).</param>
/// <param name="Rationale">Why it was decided (empty from publishers older than this field).</param>
/// <param name="CoDecidedBy">The second decider of a joint decision (the producer beside the PM); null for one decider.</param>
/// <param name="ChangeRequestId">The scope change a joint decision approved (R-SCOPE-3); null for other decisions.</param>
public sealed record DecisionRecorded(
    Guid OrgId,
    Guid ProjectId,
    Guid DecisionId,
    string FunctionKey,
    Guid DecidedBy,
    IReadOnlyList<string> DeciderRoles,
    IReadOnlyList<string> OwnerRoles,
    IReadOnlyList<string> BriefedRoles,
    bool IsOverride,
    DateTimeOffset DecidedAt,
    string Summary = "",
    string Rationale = "",
    Guid? CoDecidedBy = null,
    Guid? ChangeRequestId = null) : IOrgEvent;

/// <summary>The PM and the producer jointly took an issue to leadership (R-ROUTE-3).</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project's id.</param>
/// <param name="EscalationId">The escalation's id.</param>
/// <param name="ProjectManagerId">The PM who raised it.</param>
/// <param name="ProducerId">The producer who raised it (the PM's id when one person wears both hats).</param>
/// <param name="Subject">The subject.</param>
/// <param name="RaisedAt">When it was raised.</param>
public sealed record JointEscalationRaised(
    Guid OrgId,
    Guid ProjectId,
    Guid EscalationId,
    Guid ProjectManagerId,
    Guid ProducerId,
    string Subject,
    DateTimeOffset RaisedAt) : IOrgEvent;

/// <summary>Leadership answered a joint escalation.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project's id.</param>
/// <param name="EscalationId">The escalation's id.</param>
/// <param name="ResolvedBy">The leadership member who answered.</param>
/// <param name="Outcome">Leadership's answer.</param>
/// <param name="ResolvedAt">When it was answered.</param>
public sealed record JointEscalationResolved(
    Guid OrgId,
    Guid ProjectId,
    Guid EscalationId,
    Guid ResolvedBy,
    string Outcome,
    DateTimeOffset ResolvedAt) : IOrgEvent;
