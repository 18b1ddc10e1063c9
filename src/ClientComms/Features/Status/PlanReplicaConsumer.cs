using Crewline.ClientComms.Domain.Plan;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts.Events.Ownership;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Crewline.ClientComms.Features.Status;

/// <summary>
/// Keeps the replica of each project's shared plan that status to the client is composed from
/// (R-COMM-5). Ownership publishes a project's plan events in commit order; redeliveries are dropped
/// by the inbox, and each handler is idempotent besides (an add of a known item, a move or status
/// change of an unknown one, changes nothing).
/// </summary>
public sealed class PlanReplicaConsumer(ClientCommsDbContext db)
    : IConsumer<PlanItemAdded>, IConsumer<PlanItemRescheduled>, IConsumer<PlanItemStatusChanged>, IConsumer<PlanItemUnblocked>
{
    public async Task Consume(ConsumeContext<PlanItemAdded> context)
    {
        var e = context.Message;
        if (await db.PlanItems.AnyAsync(i => i.ItemId == e.ItemId, context.CancellationToken)) return;
        db.PlanItems.Add(PlanItem.Added(e.OrgId, e.ProjectId, e.ItemId, e.Kind, e.OwnerRole, e.Title, e.Start, e.Due, e.ChangeRequestId is not null));
        await db.SaveChangesAsync(context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<PlanItemRescheduled> context)
    {
        var shifts = context.Message.Pushed.Prepend(context.Message.Moved).ToList();
        var ids = shifts.Select(s => s.ItemId).ToList();
        var items = await db.PlanItems.Where(i => ids.Contains(i.ItemId)).ToDictionaryAsync(i => i.ItemId, context.CancellationToken);
        foreach (var shift in shifts)
            if (items.TryGetValue(shift.ItemId, out var item)) item.Reschedule(shift.NewStart, shift.NewDue);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<PlanItemStatusChanged> context)
    {
        var item = await db.PlanItems.SingleOrDefaultAsync(i => i.ItemId == context.Message.ItemId, context.CancellationToken);
        item?.ChangeStatus(context.Message.To);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<PlanItemUnblocked> context)
    {
        var ids = context.Message.ItemIds.ToList();
        foreach (var item in await db.PlanItems.Where(i => ids.Contains(i.ItemId)).ToListAsync(context.CancellationToken))
            item.ChangeStatus(PlanItem.PlannedStatus);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
