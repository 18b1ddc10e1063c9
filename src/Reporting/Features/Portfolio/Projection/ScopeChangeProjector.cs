using Crewline.Contracts.Events.ScopeChanges;
using Crewline.Reporting.Projections;
using S = Crewline.Contracts.ScopeChanges.V1.ChangeRequestStatus;

namespace Crewline.Reporting.Features.Portfolio.Projection;

/// <summary>
/// The scope-change log: each workflow event moves the status (the latest by event time wins) and
/// stamps its step's time; signatures are kept per version, so those of a voided version stop counting.
/// </summary>
public sealed class ScopeChangeProjector :
    IProjector<ScopeChangeRequested>, IProjector<ScopeChangeAssessmentSubmitted>, IProjector<ScopeChangeResponseCombined>,
    IProjector<ScopeChangeSigned>, IProjector<ScopeChangeRejected>, IProjector<ScopeChangeReturnedForReassessment>,
    IProjector<ScopeChangeCancelled>, IProjector<ScopeChangeEscalated>, IProjector<ScopeChangeApproved>,
    IProjector<ChangeOrderIssued>, IProjector<ScopeChangeAccepted>, IProjector<ScopeChangeDeclined>
{
    private const string SignOffStage = "ESCALATION_STAGE_SIGN_OFF";

    public async Task ApplyAsync(ScopeChangeRequested e, ProjectionContext context, CancellationToken ct)
    {
        var row = await context.Db.ScopeChangeAsync(e.OrgId, e.ProjectId, e.ChangeRequestId, e.SubmittedAt, ct);
        row.Title = e.Title;
        row.RequestedAt = e.SubmittedAt;
        row.SortAt = e.SubmittedAt;
        row.MoveTo((int)S.Requested, e.SubmittedAt);
    }

    public async Task ApplyAsync(ScopeChangeAssessmentSubmitted e, ProjectionContext context, CancellationToken ct) =>
        (await context.Db.ScopeChangeAsync(e.OrgId, e.ProjectId, e.ChangeRequestId, e.AssessedAt, ct)).MoveTo((int)S.Assessing, e.AssessedAt);

    public async Task ApplyAsync(ScopeChangeResponseCombined e, ProjectionContext context, CancellationToken ct)
    {
        var row = await context.Db.ScopeChangeAsync(e.OrgId, e.ProjectId, e.ChangeRequestId, e.CombinedAt, ct);
        if (e.Version >= row.Version)
        {
            row.Version = e.Version;
            row.AssessedAt = e.CombinedAt;
        }
        row.MoveTo((int)S.Combined, e.CombinedAt);
    }

    public async Task ApplyAsync(ScopeChangeSigned e, ProjectionContext context, CancellationToken ct)
    {
        var row = await context.Db.ScopeChangeAsync(e.OrgId, e.ProjectId, e.ChangeRequestId, e.SignedAt, ct);
        row.AddSignature(e.Version, e.Role);
        row.MoveTo((int)S.SigningOff, e.SignedAt);
    }

    public Task ApplyAsync(ScopeChangeRejected e, ProjectionContext context, CancellationToken ct) =>
        CloseAsync(e.OrgId, e.ProjectId, e.ChangeRequestId, S.Rejected, e.RejectedAt, context, ct);

    public async Task ApplyAsync(ScopeChangeReturnedForReassessment e, ProjectionContext context, CancellationToken ct) =>
        (await context.Db.ScopeChangeAsync(e.OrgId, e.ProjectId, e.ChangeRequestId, e.ReturnedAt, ct)).MoveTo((int)S.ReturnedForReassessment, e.ReturnedAt);

    public Task ApplyAsync(ScopeChangeCancelled e, ProjectionContext context, CancellationToken ct) =>
        CloseAsync(e.OrgId, e.ProjectId, e.ChangeRequestId, S.Cancelled, e.CancelledAt, context, ct);

    public async Task ApplyAsync(ScopeChangeEscalated e, ProjectionContext context, CancellationToken ct)
    {
        var row = await context.Db.ScopeChangeAsync(e.OrgId, e.ProjectId, e.ChangeRequestId, e.RaisedAt, ct);
        if (e.Stage == SignOffStage) row.SignatureDueAt = ReadModelRows.Earlier(row.SignatureDueAt, e.DeadlineAt);
    }

    public async Task ApplyAsync(ScopeChangeApproved e, ProjectionContext context, CancellationToken ct)
    {
        var row = await context.Db.ScopeChangeAsync(e.OrgId, e.ProjectId, e.ChangeRequestId, e.ApprovedAt, ct);
        if (row.Title.Length == 0) row.Title = e.Title;
        row.ApprovedAt = ReadModelRows.Earlier(row.ApprovedAt, e.ApprovedAt);
        row.MoveTo((int)S.Approved, e.ApprovedAt);
    }

    public async Task ApplyAsync(ChangeOrderIssued e, ProjectionContext context, CancellationToken ct) =>
        (await context.Db.ScopeChangeAsync(e.OrgId, e.ProjectId, e.ChangeRequestId, e.IssuedAt, ct)).MoveTo((int)S.SentToClient, e.IssuedAt);

    public Task ApplyAsync(ScopeChangeAccepted e, ProjectionContext context, CancellationToken ct) =>
        CloseAsync(e.OrgId, e.ProjectId, e.ChangeRequestId, S.ClientAccepted, e.AcceptedAt, context, ct);

    public Task ApplyAsync(ScopeChangeDeclined e, ProjectionContext context, CancellationToken ct) =>
        CloseAsync(e.OrgId, e.ProjectId, e.ChangeRequestId, S.ClientDeclined, e.DeclinedAt, context, ct);

    private static async Task CloseAsync(Guid orgId, Guid projectId, Guid changeRequestId, S status, DateTimeOffset at, ProjectionContext context, CancellationToken ct)
    {
        var row = await context.Db.ScopeChangeAsync(orgId, projectId, changeRequestId, at, ct);
        row.ClosedAt = ReadModelRows.Earlier(row.ClosedAt, at);
        row.MoveTo((int)status, at);
    }
}
