using Crewline.BuildingBlocks.Messaging;
using Crewline.Contracts.Events.ScopeChanges;
using Crewline.Ownership.Infrastructure;
using Crewline.Ownership.Infrastructure.Plan;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Ownership.Features.Plan;

/// <summary>
/// The client accepted a scope change: the plan items it created are unblocked (R-SCOPE-4). The
/// acceptance is remembered, so an item added for the change afterwards is not left blocked.
/// Runs in the event's org (tenant filter); the inbox makes redelivery harmless. An acceptance for a
/// project not known here (yet) is delivered again later (<see cref="NotKnownYetException"/>), never
/// recorded against nothing.
/// </summary>
public sealed class ScopeChangeAcceptedConsumer(OwnershipDbContext db, PlanStore plans) : IConsumer<ScopeChangeAccepted>
{
    public async Task Consume(ConsumeContext<ScopeChangeAccepted> context)
    {
        var e = context.Message;
        var ct = context.CancellationToken;
        if (!await db.Projects.AnyAsync(p => p.Id == e.ProjectId, ct)) throw new NotKnownYetException("Project", e.ProjectId, e.OrgId);
        if (!await db.Set<AcceptedScopeChange>().AnyAsync(a => a.ChangeRequestId == e.ChangeRequestId, ct))
            db.Add(new AcceptedScopeChange { OrgId = e.OrgId, ChangeRequestId = e.ChangeRequestId, ProjectId = e.ProjectId, AcceptedAt = e.AcceptedAt });
        if (await plans.FindAsync(e.ProjectId, ct) is { } plan && plan.UnblockForAcceptedChange(e.ChangeRequestId).Count > 0)
            plans.Stage(plan, actorSubject: "scope-change-accepted");
        await plans.SaveAsync(ct);
    }
}
