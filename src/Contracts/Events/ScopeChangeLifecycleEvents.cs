namespace Crewline.Contracts.Events.ScopeChanges;

// The scope-change workflow's own steps (R-SCOPE-1..7), published by ScopeChanges through its outbox.
// Roles are proto enum names (PROJECT_ROLE_PROJECT_MANAGER, PROJECT_ROLE_PRODUCER); see docs/CONTRACTS.md.

/// <summary>One role's assessment of a change request was recorded (R-SCOPE-1).</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="ChangeRequestId">The change request.</param>
/// <param name="Role">The assessing role: PROJECT_ROLE_PRODUCER (production impact) or PROJECT_ROLE_PROJECT_MANAGER (flow impact).</param>
/// <param name="AssessedBy">The person id of the assessor.</param>
/// <param name="NoImpact">The assessor said explicitly that there is no impact in their area.</param>
/// <param name="AssessedAt">When it was recorded.</param>
public sealed record ScopeChangeAssessmentSubmitted(
    Guid OrgId, Guid ProjectId, Guid ChangeRequestId, string Role, Guid AssessedBy, bool NoImpact, DateTimeOffset AssessedAt) : IOrgEvent;

/// <summary>Both assessments were combined into a new version of the one response (R-SCOPE-2, R-SCOPE-6); an earlier version and its signatures are void.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="ChangeRequestId">The change request.</param>
/// <param name="Version">The new version (1, 2, ...).</param>
/// <param name="TotalCost">The total cost delta.</param>
/// <param name="Currency">The ISO 4217 code of <paramref name="TotalCost"/>; empty when there is no production impact.</param>
/// <param name="DeliveryShiftDays">How many days the delivery moves.</param>
/// <param name="AddedPlanItems">How many plan items the response adds.</param>
/// <param name="VoidedVersion">The version this one voids, 0 when none.</param>
/// <param name="CombinedAt">When it was combined.</param>
public sealed record ScopeChangeResponseCombined(
    Guid OrgId, Guid ProjectId, Guid ChangeRequestId, int Version, decimal TotalCost, string Currency, int DeliveryShiftDays,
    int AddedPlanItems, int VoidedVersion, DateTimeOffset CombinedAt) : IOrgEvent;

/// <summary>One role signed a version of the combined response (R-SCOPE-3); alone it approves nothing.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="ChangeRequestId">The change request.</param>
/// <param name="Version">The version signed.</param>
/// <param name="Role">The role signed for.</param>
/// <param name="SignedBy">The person id of the signer.</param>
/// <param name="SignedAt">When it was signed.</param>
public sealed record ScopeChangeSigned(
    Guid OrgId, Guid ProjectId, Guid ChangeRequestId, int Version, string Role, Guid SignedBy, DateTimeOffset SignedAt) : IOrgEvent;

/// <summary>A role rejected the combined response (R-SCOPE-3): the change request ends without a change.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="ChangeRequestId">The change request.</param>
/// <param name="Version">The version rejected.</param>
/// <param name="Role">The rejecting role.</param>
/// <param name="RejectedBy">The person id.</param>
/// <param name="Reason">Why.</param>
/// <param name="RejectedAt">When.</param>
public sealed record ScopeChangeRejected(
    Guid OrgId, Guid ProjectId, Guid ChangeRequestId, int Version, string Role, Guid RejectedBy, string Reason, DateTimeOffset RejectedAt) : IOrgEvent;

/// <summary>A role sent the combined response back to be assessed again (R-SCOPE-3); the next assessment makes a new version.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="ChangeRequestId">The change request.</param>
/// <param name="Version">The version returned.</param>
/// <param name="Role">The returning role.</param>
/// <param name="ReturnedBy">The person id.</param>
/// <param name="Reason">Why.</param>
/// <param name="ReturnedAt">When.</param>
public sealed record ScopeChangeReturnedForReassessment(
    Guid OrgId, Guid ProjectId, Guid ChangeRequestId, int Version, string Role, Guid ReturnedBy, string Reason, DateTimeOffset ReturnedAt) : IOrgEvent;

/// <summary>An open change request was withdrawn before approval.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="ChangeRequestId">The change request.</param>
/// <param name="CancelledBy">The person id.</param>
/// <param name="Reason">Why.</param>
/// <param name="CancelledAt">When.</param>
public sealed record ScopeChangeCancelled(
    Guid OrgId, Guid ProjectId, Guid ChangeRequestId, Guid CancelledBy, string Reason, DateTimeOffset CancelledAt) : IOrgEvent;

/// <summary>
/// An assessment or sign-off is overdue (R-SCOPE-7): first escalated to the role(s) that owe it, then,
/// a further period later, to leadership.
/// </summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="ChangeRequestId">The change request.</param>
/// <param name="Stage"><c>ESCALATION_STAGE_ASSESSMENT</c> or <c>ESCALATION_STAGE_SIGN_OFF</c> (crewline.scopechanges.v1.EscalationStage names).</param>
/// <param name="Level"><c>ESCALATION_LEVEL_OWNING_ROLE</c> or <c>ESCALATION_LEVEL_LEADERSHIP</c>.</param>
/// <param name="EscalatedTo">The roles told: the overdue roles, or PROJECT_ROLE_LEADERSHIP.</param>
/// <param name="OverdueRoles">The roles whose assessment or signature is missing.</param>
/// <param name="Version">The response version concerned (0 before the first).</param>
/// <param name="DeadlineAt">The deadline that passed.</param>
/// <param name="RaisedAt">When the escalation was raised.</param>
public sealed record ScopeChangeEscalated(
    Guid OrgId, Guid ProjectId, Guid ChangeRequestId, string Stage, string Level, IReadOnlyList<string> EscalatedTo,
    IReadOnlyList<string> OverdueRoles, int Version, DateTimeOffset DeadlineAt, DateTimeOffset RaisedAt) : IOrgEvent;
