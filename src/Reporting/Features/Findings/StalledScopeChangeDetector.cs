using Crewline.Contracts.Events.ScopeChanges;
using Crewline.Reporting.Features.Findings.Detection;
using Crewline.Reporting.Projections;

namespace Crewline.Reporting.Features.Findings;

/// <summary>
/// R-FAIL-2, gap as aging work: a scope change waiting on a signature past its deadline (R-SCOPE-3,
/// R-SCOPE-7). Opens on a sign-off <see cref="ScopeChangeEscalated"/> (ScopeChanges' deadline scan);
/// a later escalation (to leadership) updates the evidence. Closes for good when the change request
/// ends — approved (the second signature), rejected, cancelled or declined by the client — and closes
/// when a role sends it back or a new combined version voids the signatures (a new deadline runs).
/// Silent on assessment-stage escalations: nothing waits on a signature yet.
/// </summary>
public sealed class StalledScopeChangeDetector :
    IProjector<ScopeChangeEscalated>, IProjector<ScopeChangeApproved>, IProjector<ScopeChangeRejected>, IProjector<ScopeChangeCancelled>,
    IProjector<ScopeChangeDeclined>, IProjector<ScopeChangeReturnedForReassessment>, IProjector<ScopeChangeResponseCombined>
{
    public const string SignOffStage = "ESCALATION_STAGE_SIGN_OFF";
    public const string FunctionKey = "scope-change-decisions";
    private static readonly FindingCause Cause = FindingCause.AwaitingSignature;

    public Task ApplyAsync(ScopeChangeEscalated e, ProjectionContext context, CancellationToken cancellationToken) =>
        e.Stage != SignOffStage
            ? Task.CompletedTask
            : CauseFacts.PresentAsync(context, e.OrgId, e.ProjectId, Cause, e.ChangeRequestId.ToString(), FunctionKey,
                $"Scope change {e.ChangeRequestId} (version {e.Version}) still waits on the {Words.Roles(e.OverdueRoles)}'s signature: "
                + $"the sign-off deadline passed on {Words.Date(e.DeadlineAt)}; escalated to the {Words.Roles(e.EscalatedTo)} on {Words.Date(e.RaisedAt)}.",
                e.RaisedAt, cancellationToken);

    public Task ApplyAsync(ScopeChangeApproved e, ProjectionContext context, CancellationToken cancellationToken) =>
        Ended(context, e.OrgId, e.ProjectId, e.ChangeRequestId, e.ApprovedAt, cancellationToken);

    public Task ApplyAsync(ScopeChangeRejected e, ProjectionContext context, CancellationToken cancellationToken) =>
        Ended(context, e.OrgId, e.ProjectId, e.ChangeRequestId, e.RejectedAt, cancellationToken);

    public Task ApplyAsync(ScopeChangeCancelled e, ProjectionContext context, CancellationToken cancellationToken) =>
        Ended(context, e.OrgId, e.ProjectId, e.ChangeRequestId, e.CancelledAt, cancellationToken);

    public Task ApplyAsync(ScopeChangeDeclined e, ProjectionContext context, CancellationToken cancellationToken) =>
        Ended(context, e.OrgId, e.ProjectId, e.ChangeRequestId, e.DeclinedAt, cancellationToken);

    public Task ApplyAsync(ScopeChangeReturnedForReassessment e, ProjectionContext context, CancellationToken cancellationToken) =>
        CauseFacts.GoneAsync(context, e.OrgId, e.ProjectId, Cause, e.ChangeRequestId.ToString(), e.ReturnedAt, forGood: false, cancellationToken);

    public Task ApplyAsync(ScopeChangeResponseCombined e, ProjectionContext context, CancellationToken cancellationToken) =>
        CauseFacts.GoneAsync(context, e.OrgId, e.ProjectId, Cause, e.ChangeRequestId.ToString(), e.CombinedAt, forGood: false, cancellationToken);

    private static Task Ended(ProjectionContext context, Guid orgId, Guid projectId, Guid changeRequestId, DateTimeOffset at, CancellationToken cancellationToken) =>
        CauseFacts.GoneAsync(context, orgId, projectId, Cause, changeRequestId.ToString(), at, forGood: true, cancellationToken);
}
