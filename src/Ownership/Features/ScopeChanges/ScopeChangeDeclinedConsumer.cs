using Crewline.BuildingBlocks.Messaging;
using Crewline.Contracts.Events.ScopeChanges;
using Crewline.Ownership.Features.Plan;
using Crewline.Ownership.Infrastructure;
using Crewline.Ownership.Infrastructure.Plan;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Ownership.Features.ScopeChanges;

/// <summary>
/// The client declined a scope change: the plan items it added, still blocked (no work began on them,
/// R-SCOPE-4), leave the shared plan (<c>PlanItemsWithdrawn</c>). The decline is remembered, so an approval
/// handled afterwards adds nothing. The joint decision to offer the change stays in the log (append-only,
/// R-ROUTE-4). Idempotent: a second decline finds nothing to remove.
/// </summary>
public sealed class ScopeChangeDeclinedConsumer(OwnershipDbContext db, PlanStore plans) : IConsumer<ScopeChangeDeclined>
{
    public async Task Consume(ConsumeContext<ScopeChangeDeclined> context)
    {
        var e = context.Message;
        var ct = context.CancellationToken;
        if (!await db.Projects.AnyAsync(p => p.Id == e.ProjectId, ct)) throw new NotKnownYetException("Project", e.ProjectId, e.OrgId);
        if (!await db.Set<DeclinedScopeChange>().AnyAsync(d => d.ChangeRequestId == e.ChangeRequestId, ct))
            db.Add(new DeclinedScopeChange { OrgId = e.OrgId, ChangeRequestId = e.ChangeRequestId, ProjectId = e.ProjectId, DeclinedAt = e.DeclinedAt });
        if (await plans.FindAsync(e.ProjectId, ct) is { } plan && plan.RemoveItemsOfDeclinedChange(e.ChangeRequestId).Count > 0)
            plans.Stage(plan, actorSubject: "scope-change-declined");
        await plans.SaveAsync(ct);
    }
}
