using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts.Events.ScopeChanges;
using Crewline.ScopeChanges.Domain;
using Crewline.ScopeChanges.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.ScopeChanges.Features.ChangeRequests;

/// <summary>
/// Submits a client's scope-change request on a project of the caller's org, to await both roles'
/// assessments (R-SCOPE-1), and publishes <see cref="ScopeChangeRequested"/>. Only the project's members may submit.
/// </summary>
public sealed class SubmitChangeRequestHandler(
    ScopeChangesDbContext db,
    EventOutbox outbox,
    IdempotencyStore idempotency,
    TimeProvider clock)
{
    public static Guid Validate(Proto.SubmitChangeRequestRequest request)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator
            .RequiredText(request.Title, "title", ChangeRequest.MaxTitleLength)
            .OptionalText(request.Description, "description", ChangeRequest.MaxDescriptionLength)
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength)
            .ThrowIfInvalid();
        return projectId;
    }

    public async Task<Proto.ChangeRequest> HandleAsync(Proto.SubmitChangeRequestRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var projectId = Validate(request);
        var project = (await db.RequireMemberAsync(projectId, caller, cancellationToken)).Project;
        var id = await idempotency.RunOnceAsync("SubmitChangeRequest", request.IdempotencyKey, request, () =>
        {
            var change = ChangeRequest.Submit(Guid.CreateVersion7(), project.OrgId, project.ProjectId,
                request.Title, request.Description, caller.Subject, clock.GetUtcNow());
            db.ChangeRequests.Add(change);
            outbox.Enqueue(new ScopeChangeRequested(change.OrgId, change.ProjectId, change.Id, change.Title, change.SubmittedBy, change.SubmittedAt));
            return change.Id;
        }, cancellationToken);
        outbox.NotifyCommitted();
        var submitted = await db.ChangeRequests.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
        return submitted.ToProto();
    }
}
