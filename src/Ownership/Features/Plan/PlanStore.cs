using Crewline.BuildingBlocks.Outbox;
using Crewline.Ownership.Domain.Plan;
using Crewline.Ownership.Infrastructure;
using Crewline.Ownership.Infrastructure.Plan;
using Microsoft.EntityFrameworkCore;
using Events = Crewline.Contracts.Events.Ownership;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Plan;

/// <summary>Loads the caller's org's plans and turns what a plan raised into integration events in the same save.</summary>
public sealed class PlanStore(OwnershipDbContext db, EventOutbox outbox)
{
    /// <summary>The project's plan in the current org, tracked; null when it has no items yet.</summary>
    public Task<SharedPlan?> FindAsync(Guid projectId, CancellationToken cancellationToken) =>
        db.Set<SharedPlan>().SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);

    /// <summary>Stages the plan's raised events on the outbox and bumps its version (call inside the unit of work).</summary>
    public void Stage(SharedPlan plan, string actorSubject)
    {
        if (db.Entry(plan).State == EntityState.Detached) db.Add(plan);
        AggregateVersion.Touch(db, plan);
        foreach (var raised in plan.TakeDomainEvents())
        {
            switch (raised)
            {
                case PlanItemAdded e:
                    outbox.Enqueue(new Events.PlanItemAdded(e.OrgId, e.ProjectId, e.ItemId, e.Kind.ContractName(), e.OwnerRole.ContractName(),
                        e.Title, e.Start, e.Due, e.ChangeRequestId, actorSubject));
                    break;
                case PlanItemRescheduled e:
                    outbox.Enqueue(new Events.PlanItemRescheduled(e.OrgId, e.ProjectId, e.Impact.Moved.ToContract(),
                        e.Impact.Pushed.Select(p => p.ToContract()).ToArray(), actorSubject));
                    break;
                case PlanItemStatusChanged e:
                    outbox.Enqueue(new Events.PlanItemStatusChanged(e.OrgId, e.ProjectId, e.ItemId, e.From.ContractName(), e.To.ContractName(), actorSubject));
                    break;
                case PlanItemsUnblocked e:
                    outbox.Enqueue(new Events.PlanItemUnblocked(e.OrgId, e.ProjectId, e.ChangeRequestId, e.ItemIds));
                    break;
                case PlanItemsRemovedForDeclinedChange e:
                    outbox.Enqueue(new Events.PlanItemsWithdrawn(e.OrgId, e.ProjectId, e.ChangeRequestId, e.ItemIds));
                    break;
                default:
                    throw new InvalidOperationException($"No integration event for {raised.GetType().Name}.");
            }
        }
    }

    /// <summary>Saves the unit of work (a concurrent first write of the same plan is a conflict: see <see cref="BuildingBlocks.Concurrency.MergeOnConflict"/>).</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        outbox.NotifyCommitted();
    }

    /// <summary>Whether the client already accepted the change request (the acceptance may arrive before the item).</summary>
    public Task<bool> IsAcceptedAsync(Guid changeRequestId, CancellationToken cancellationToken) =>
        db.Set<AcceptedScopeChange>().AnyAsync(a => a.ChangeRequestId == changeRequestId, cancellationToken);
}
