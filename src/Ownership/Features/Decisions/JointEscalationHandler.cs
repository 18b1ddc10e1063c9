using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Paging;
using Events = Crewline.Contracts.Events.Ownership;
using Crewline.Ownership.Domain.Decisions;
using Crewline.Ownership.Domain.Roles;
using Crewline.Ownership.Features.Access;
using Crewline.Ownership.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Decisions;

/// <summary>
/// Joint escalations (R-ROUTE-3): the PM and the producer take an issue to leadership together.
/// The caller is one of the pair and names the other; a person wearing both hats raises it alone.
/// Leadership answers.
/// </summary>
public sealed class JointEscalationHandler(
    OwnershipDbContext db,
    ProjectAccess access,
    EventOutbox outbox,
    IdempotencyStore idempotency,
    TimeProvider clock)
{
    public async Task<Proto.JointEscalation> RaiseAsync(Proto.RaiseJointEscalationRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var other = string.IsNullOrEmpty(request.OtherPersonId) ? (Guid?)null : validator.Uuid(request.OtherPersonId, "other_person_id");
        validator
            .RequiredText(request.Subject, "subject", JointEscalation.MaxSubjectLength)
            .RequiredText(request.Why, "why", JointEscalation.MaxWhyLength)
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength)
            .ThrowIfInvalid();

        var member = await access.RequireMemberAsync(projectId, caller, cancellationToken);
        var (pm, producer) = Pair(member, other);
        var id = await idempotency.RunOnceAsync("RaiseJointEscalation", request.IdempotencyKey, request, () =>
        {
            var escalation = JointEscalation.RaiseJointly(
                Guid.CreateVersion7(), caller.OrgId, member.Project, pm, producer, request.Subject, request.Why, clock.GetUtcNow());
            escalation.TakeDomainEvents();
            db.Set<JointEscalation>().Add(escalation);
            outbox.Enqueue(new Events.JointEscalationRaised(
                escalation.OrgId, escalation.ProjectId, escalation.Id, escalation.ProjectManagerId, escalation.ProducerId,
                escalation.Subject, escalation.RaisedAt));
            return escalation.Id;
        }, cancellationToken);
        outbox.NotifyCommitted();
        var saved = await db.Set<JointEscalation>().AsNoTracking().SingleAsync(e => e.Id == id && e.ProjectId == projectId, cancellationToken);
        return saved.ToProto();
    }

    /// <summary>
    /// Which of the caller and the named other person is the PM and which the producer. Without
    /// another person the caller signs for both (and must wear both hats). The domain then checks
    /// each holds the role (PermissionDenied otherwise).
    /// </summary>
    private static (Guid Pm, Guid Producer) Pair(ProjectMembership member, Guid? other)
    {
        if (other is not { } otherId) return (member.PersonId, member.PersonId);
        var callerRoles = member.Roles;
        var otherRoles = member.Project.RolesOf(otherId);
        if (callerRoles.Contains(ProjectRole.ProjectManager) && otherRoles.Contains(ProjectRole.Producer)) return (member.PersonId, otherId);
        if (callerRoles.Contains(ProjectRole.Producer) && otherRoles.Contains(ProjectRole.ProjectManager)) return (otherId, member.PersonId);
        return callerRoles.Contains(ProjectRole.ProjectManager) ? (member.PersonId, otherId) : (otherId, member.PersonId);
    }

    public async Task<Proto.JointEscalation> ResolveAsync(Proto.ResolveJointEscalationRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var escalationId = validator.Uuid(request.EscalationId, "escalation_id");
        validator.RequiredText(request.Outcome, "outcome", JointEscalation.MaxOutcomeLength).ThrowIfInvalid();

        var member = await access.RequireMemberAsync(projectId, caller, cancellationToken);
        var escalation = await db.Set<JointEscalation>().SingleOrDefaultAsync(e => e.Id == escalationId && e.ProjectId == projectId, cancellationToken)
                         ?? throw new NotFoundException("JointEscalation", request.EscalationId);
        if (!member.Roles.Contains(ProjectRole.Leadership))
            throw new PermissionDeniedException("Joint escalations go to leadership: only a member holding the leadership role answers one (R-ROUTE-3).");

        escalation.Resolve(request.Outcome, clock.GetUtcNow());
        escalation.TakeDomainEvents();
        outbox.Enqueue(new Events.JointEscalationResolved(
            escalation.OrgId, escalation.ProjectId, escalation.Id, member.PersonId, escalation.Outcome!, escalation.ResolvedAt!.Value));
        await db.SaveChangesAsync(cancellationToken);
        outbox.NotifyCommitted();
        await db.Entry(escalation).ReloadAsync(cancellationToken); // answer with what was stored (timestamps at the database's precision)
        return escalation.ToProto();
    }

    /// <summary>Newest first; the page token is the (raised_at, escalation_id) of the last item.</summary>
    public async Task<Proto.ListJointEscalationsResponse> ListAsync(Proto.ListJointEscalationsRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.DecodeTimeAndId(request.PageToken, validator);
        validator.ThrowIfInvalid();
        await access.RequireMemberAsync(projectId, caller, cancellationToken);

        var query = db.Set<JointEscalation>().AsNoTracking().Where(e => e.ProjectId == projectId);
        var page = await query.NewestFirstPageAsync(e => e.RaisedAt, e => e.Id, after, size, cancellationToken);

        var response = new Proto.ListJointEscalationsResponse();
        response.Escalations.AddRange(page.Items.Select(e => e.ToProto()));
        response.NextPageToken = page.NextPageToken;
        return response;
    }
}
