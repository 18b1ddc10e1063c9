using Crewline.BuildingBlocks.Concurrency;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Outbox;
using Crewline.ScopeChanges.Domain;
using Crewline.ScopeChanges.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.ScopeChanges.Features.ChangeRequests;

/// <summary>
/// How every command on an existing change request runs: load it (NotFound outside the caller's org),
/// check the caller on its project, apply the command under the caller's idempotency key, stage the events
/// it raised, and save — all in one transaction. The request is one row with an xmin version: when a
/// concurrent command saved first, the attempt is dropped and the command runs again on the fresh state
/// (its rules and idempotency checked anew), so concurrent sign-offs make exactly one transition.
/// </summary>
public sealed class ChangeRequestCommands(
    ScopeChangesDbContext db,
    IdempotencyStore idempotency,
    ChangeRequestEventStager events,
    EventOutbox outbox)
{
    public const int MaxAttempts = 8;

    /// <param name="operation">The idempotency operation name (e.g. <c>SignChangeResponse</c>).</param>
    /// <param name="authorize">Checks the caller on the project (PermissionDenied) and returns what the command needs of them.</param>
    /// <param name="apply">Applies the command to the tracked request.</param>
    public async Task<Proto.ChangeRequest> RunAsync<TCaller>(
        Guid changeRequestId, string operation, string? idempotencyKey, IMessage request,
        Func<ChangeRequest, CancellationToken, Task<TCaller>> authorize,
        Action<ChangeRequest, TCaller> apply,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var change = await LoadAsync(changeRequestId, cancellationToken);
                var who = await authorize(change, cancellationToken);
                var applied = false;
                await idempotency.RunOnceAsync(operation, idempotencyKey, request, async ct =>
                {
                    applied = true;
                    apply(change, who);
                    await events.StageAsync(change, ct);
                    return change.Id;
                }, cancellationToken);
                outbox.NotifyCommitted();
                // This call's own save (still tracked, unchanged): its state is what was stored, the clock being at the
                // database's precision, so the answer needs no second read. A key answered by an earlier or concurrent
                // call (the work did not run, or its save lost and the tracker was cleared) reads the winner's state.
                var saved = applied && db.Entry(change).State == EntityState.Unchanged;
                var answer = saved ? change.ToProto() : null;
                db.ChangeTracker.Clear();
                return answer ?? (await LoadAsync(changeRequestId, cancellationToken)).ToProto();
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                throw new ConcurrentEditException("The change request");
            }
        }
    }

    /// <summary>The caller as a member holding <paramref name="role"/> on the request's project (PermissionDenied otherwise).</summary>
    public Task<ProjectCaller> RequireRoleAsync(ChangeRequest change, CallerIdentity caller, WorkflowRole role, CancellationToken cancellationToken) =>
        db.RequireRoleAsync(change.ProjectId, caller, [role.MembershipName()], cancellationToken);

    /// <summary>The caller as a member holding PM or producer on the request's project.</summary>
    public Task<ProjectCaller> RequireEitherRoleAsync(ChangeRequest change, CallerIdentity caller, CancellationToken cancellationToken) =>
        db.RequireRoleAsync(change.ProjectId, caller, [MembershipNames.ProjectManager, MembershipNames.Producer], cancellationToken);

    private async Task<ChangeRequest> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.ChangeRequests.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("ChangeRequest", id.ToString());
}
