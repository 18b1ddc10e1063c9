using Crewline.BuildingBlocks.Messaging;
using Crewline.BuildingBlocks.Outbox;
using Crewline.Contracts;
using Crewline.Contracts.Events.ScopeChanges;
using Crewline.Ownership.Domain.Decisions;
using Crewline.Ownership.Domain.Plan;
using Crewline.Ownership.Features.Mapping;
using Crewline.Ownership.Features.People;
using Crewline.Ownership.Features.Plan;
using Crewline.Ownership.Infrastructure;
using Crewline.Ownership.Infrastructure.Plan;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Common = Crewline.Contracts.Common.V1;
using Events = Crewline.Contracts.Events.Ownership;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.Ownership.Features.ScopeChanges;

/// <summary>
/// Both roles signed a scope change (R-SCOPE-3). In one transaction: the plan items it adds join the
/// project's shared plan BLOCKED with the change request set (R-SCOPE-4: no work before the client accepts;
/// unblocked by <see cref="ScopeChangeAcceptedConsumer"/>), and the approval is appended to the decision log as
/// a joint decision of the PM and the producer (R-ROUTE-4, append-only). Idempotent: items already on the
/// plan (by the ids ScopeChanges chose) and an already logged decision for the change are skipped. If the
/// client's acceptance was handled first, the items are unblocked at once; if their decline was, no item is
/// added. A project or signer not known here yet is retried later.
/// </summary>
public sealed class ScopeChangeApprovedConsumer(OwnershipDbContext db, PlanStore plans, EventOutbox outbox) : IConsumer<ScopeChangeApproved>
{
    public async Task Consume(ConsumeContext<ScopeChangeApproved> context)
    {
        var e = context.Message;
        var ct = context.CancellationToken;
        if (!await db.Projects.AnyAsync(p => p.Id == e.ProjectId, ct)) throw new NotKnownYetException("Project", e.ProjectId, e.OrgId);
        var pm = await PersonOfAsync(e.PmSubject, e.OrgId, ct);
        var producer = await PersonOfAsync(e.ProducerSubject, e.OrgId, ct);

        await AddBlockedItemsAsync(e, ct);
        await LogJointDecisionAsync(e, pm, producer, ct);
        await plans.SaveAsync(ct);
    }

    private async Task AddBlockedItemsAsync(ScopeChangeApproved e, CancellationToken ct)
    {
        if (e.AddedPlanItems.Count == 0) return;
        if (await db.Set<DeclinedScopeChange>().AnyAsync(d => d.ChangeRequestId == e.ChangeRequestId, ct)) return;
        var plan = await plans.FindAsync(e.ProjectId, ct) ?? SharedPlan.For(e.OrgId, e.ProjectId);
        var added = plan.AddItemsOfApprovedChange(e.ChangeRequestId, e.AddedPlanItems.Select(ToDomain));
        if (added.Count > 0 && await plans.IsAcceptedAsync(e.ChangeRequestId, ct)) plan.UnblockForAcceptedChange(e.ChangeRequestId);
        if (added.Count > 0) plans.Stage(plan, actorSubject: "scope-change-approved");
    }

    private async Task LogJointDecisionAsync(ScopeChangeApproved e, Guid pm, Guid producer, CancellationToken ct)
    {
        if (await db.Set<Decision>().AnyAsync(d => d.ChangeRequestId == e.ChangeRequestId, ct)) return;
        var decision = Decision.RecordJoint(Guid.CreateVersion7(), e.OrgId, e.ProjectId, e.ChangeRequestId, pm, producer,
            what: $"Scope change approved: {e.Title} (version {e.Version})",
            why: $"{e.Summary} Both the PM and the producer signed the combined response (R-SCOPE-3); change order {e.ChangeOrderId}.",
            e.ApprovedAt);
        decision.TakeDomainEvents();
        db.Set<Decision>().Add(decision);
        outbox.Enqueue(new Events.DecisionRecorded(decision.OrgId, decision.ProjectId, decision.Id, decision.FunctionKey, decision.DecidedBy,
            decision.DeciderRoles.ContractNames(), decision.OwnerRoles.ContractNames(), decision.BriefedRoles.ContractNames(),
            decision.IsOverride, decision.DecidedAt, decision.What, decision.Why, decision.CoDecidedBy, decision.ChangeRequestId));
    }

    private async Task<Guid> PersonOfAsync(string subject, Guid orgId, CancellationToken ct) =>
        await db.Set<Person>().Where(p => p.Subject == subject).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct)
        ?? throw new NotKnownYetException($"Person with subject '{subject}'", Guid.Empty, orgId);

    private static ApprovedChangeItem ToDomain(ScopeChangePlanItem i)
    {
        var kind = ProtoEnums.TryParse<Proto.PlanItemKind>(i.Kind, out var k) ? k.ToDomain()
            : throw new InvalidOperationException($"Unknown plan item kind '{i.Kind}' in ScopeChangeApproved.");
        var role = ProtoEnums.TryParse<Common.ProjectRole>(i.OwnerRole, out var r) ? r.ToDomain()
            : throw new InvalidOperationException($"Unknown owner role '{i.OwnerRole}' in ScopeChangeApproved.");
        return new ApprovedChangeItem(i.ItemId, kind, role, i.Title, i.Start, i.Due);
    }
}
