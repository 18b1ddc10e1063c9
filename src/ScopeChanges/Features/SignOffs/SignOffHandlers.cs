using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.ScopeChanges.Domain;
using Crewline.ScopeChanges.Features.ChangeRequests;
using Crewline.ScopeChanges.Features.Deadlines;
using Crewline.ServiceDefaults.Auth;
using Common = Crewline.Contracts.Common.V1;
using Proto = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.ScopeChanges.Features.SignOffs;

/// <summary>
/// Dual sign-off (R-SCOPE-3): each role signs, rejects or returns the current version for a role the caller
/// holds; only both signatures on the same version approve. Also cancelling an open request.
/// </summary>
public sealed class SignOffHandlers(ChangeRequestCommands commands, DeadlineOptions deadlines, TimeProvider clock)
{
    public Task<Proto.ChangeRequest> SignAsync(Proto.SignChangeResponseRequest r, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var (id, role) = Validate(r.ChangeRequestId, r.Version, r.Role, r.IdempotencyKey, reason: null);
        return commands.RunAsync(id, "SignChangeResponse", r.IdempotencyKey, r,
            (change, ct) => commands.RequireRoleAsync(change, caller, role, ct),
            (change, member) => change.Sign(role, member.PersonId, caller.Subject, r.Version, clock.GetUtcNow()),
            cancellationToken);
    }

    public Task<Proto.ChangeRequest> RejectAsync(Proto.RejectChangeResponseRequest r, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var (id, role) = Validate(r.ChangeRequestId, r.Version, r.Role, r.IdempotencyKey, r.Reason);
        return commands.RunAsync(id, "RejectChangeResponse", r.IdempotencyKey, r,
            (change, ct) => commands.RequireRoleAsync(change, caller, role, ct),
            (change, member) => change.Reject(role, member.PersonId, caller.Subject, r.Version, r.Reason, clock.GetUtcNow()),
            cancellationToken);
    }

    public Task<Proto.ChangeRequest> ReturnAsync(Proto.ReturnForReassessmentRequest r, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var (id, role) = Validate(r.ChangeRequestId, r.Version, r.Role, r.IdempotencyKey, r.Reason);
        return commands.RunAsync(id, "ReturnForReassessment", r.IdempotencyKey, r,
            (change, ct) => commands.RequireRoleAsync(change, caller, role, ct),
            (change, member) => change.ReturnForReassessment(role, member.PersonId, caller.Subject, r.Version, r.Reason, clock.GetUtcNow(), deadlines.Policy),
            cancellationToken);
    }

    public Task<Proto.ChangeRequest> CancelAsync(Proto.CancelChangeRequestRequest r, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var v = new RequestValidator();
        var id = v.Uuid(r.ChangeRequestId, "change_request_id");
        v.RequiredText(r.Reason, "reason", ChangeRequest.MaxReasonLength)
            .OptionalText(r.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength)
            .ThrowIfInvalid();
        return commands.RunAsync(id, "CancelChangeRequest", r.IdempotencyKey, r,
            (change, ct) => commands.RequireEitherRoleAsync(change, caller, ct),
            (change, member) => change.Cancel(member.PersonId, caller.Subject, r.Reason, clock.GetUtcNow()),
            cancellationToken);
    }

    private static (Guid Id, WorkflowRole Role) Validate(string changeRequestId, int version, Common.ProjectRole role, string idempotencyKey, string? reason)
    {
        var v = new RequestValidator();
        var id = v.Uuid(changeRequestId, "change_request_id");
        v.Check(version >= 1, "version", "must be 1 or more");
        var workflowRole = WorkflowRoles.FromProto(role);
        v.Check(workflowRole is not null, "role", "must be PROJECT_ROLE_PROJECT_MANAGER or PROJECT_ROLE_PRODUCER");
        if (reason is not null) v.RequiredText(reason, "reason", ChangeRequest.MaxReasonLength);
        v.OptionalText(idempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength).ThrowIfInvalid();
        return (id, workflowRole!.Value);
    }
}
