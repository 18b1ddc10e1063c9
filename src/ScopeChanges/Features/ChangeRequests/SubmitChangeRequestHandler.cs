using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Validation;
using Crewline.ScopeChanges.Domain;
using Crewline.ScopeChanges.Features.Deadlines;
using Crewline.ScopeChanges.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.ScopeChanges.Features.ChangeRequests;

/// <summary>
/// Raises a scope-change request on a project of the caller's org (any member may), to await both roles'
/// assessments (R-SCOPE-1), and publishes <c>ScopeChangeRequested</c>.
/// </summary>
public sealed class SubmitChangeRequestHandler(
    ScopeChangesDbContext db,
    EventOutbox outbox,
    IdempotencyStore idempotency,
    ChangeRequestEventStager events,
    DeadlineOptions deadlines,
    TimeProvider clock)
{
    public async Task<Proto.ChangeRequest> HandleAsync(Proto.SubmitChangeRequestRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator
            .RequiredText(request.Title, "title", ChangeRequest.MaxTitleLength)
            .OptionalText(request.Description, "description", ChangeRequest.MaxDescriptionLength)
            .OptionalText(request.RequestedBy, "requested_by", ChangeRequest.MaxRequestedByLength)
            .Check(request.RequestedDeliverables.Count <= ChangeRequest.MaxDeliverables
                   && request.RequestedDeliverables.All(d => !string.IsNullOrWhiteSpace(d) && d.Length <= ChangeRequest.MaxDeliverableLength),
                "requested_deliverables", $"at most {ChangeRequest.MaxDeliverables}, each 1 to {ChangeRequest.MaxDeliverableLength} characters")
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength);
        var dueBy = validator.OptionalCalendarDay(request.DueBy, "due_by");
        var receivedAt = request.ReceivedAt is null ? (DateTimeOffset?)null : ReceivedAt(request.ReceivedAt, validator);
        validator.ThrowIfInvalid();

        var member = await db.RequireMemberAsync(projectId, caller, cancellationToken);
        ChangeRequest? opened = null;
        var id = await idempotency.RunOnceAsync("SubmitChangeRequest", request.IdempotencyKey, request, async ct =>
        {
            var now = clock.GetUtcNow();
            var change = ChangeRequest.Open(Guid.CreateVersion7(), member.Project.OrgId, member.Project.ProjectId,
                request.Title, request.Description, request.RequestedDeliverables,
                string.IsNullOrWhiteSpace(request.RequestedBy) ? member.Person.Name : request.RequestedBy.Trim(),
                receivedAt ?? now, dueBy, caller.Subject, inboundMessageId: null, now, deadlines.Policy);
            db.ChangeRequests.Add(change);
            opened = change;
            await events.StageAsync(change, ct);
            return change.Id;
        }, cancellationToken);
        outbox.NotifyCommitted();
        // The request just saved is answered as it is (the clock is at the database's precision); one raised under
        // the same key before is read.
        if (opened?.Id == id) return opened.ToProto();
        var submitted = await db.ChangeRequests.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
        return submitted.ToProto();
    }

    private static DateTimeOffset? ReceivedAt(Google.Protobuf.WellKnownTypes.Timestamp at, RequestValidator validator)
    {
        var ok = at.Seconds is >= -62135596800 and <= 253402300799 && at.Nanos is >= 0 and < 1_000_000_000;
        validator.Check(ok, "received_at", "must be a valid timestamp");
        return ok ? at.ToDateTimeOffset() : null;
    }
}
