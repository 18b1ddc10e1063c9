using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Domain.Portfolio;
using Crewline.Reporting.Projections;

namespace Crewline.Reporting.Features.Portfolio.Projection;

/// <summary>
/// The one shared plan. Plan events carry no time of their own, so a status or a move is applied in
/// arrival order (Ownership publishes a project's plan events in order); an item changed before its
/// addition arrived keeps that change when the addition comes.
/// </summary>
public sealed class PlanProjector :
    IProjector<PlanItemAdded>, IProjector<PlanItemRescheduled>, IProjector<PlanItemStatusChanged>,
    IProjector<PlanItemUnblocked>, IProjector<PlanItemsWithdrawn>
{
    public async Task ApplyAsync(PlanItemAdded e, ProjectionContext context, CancellationToken ct)
    {
        var item = await context.Db.PlanItemAsync(e.OrgId, e.ProjectId, e.ItemId, ct);
        item.Title = e.Title;
        item.Kind = e.Kind;
        item.OwnerRole = e.OwnerRole;
        item.ChangeRequestId = e.ChangeRequestId;
        if (!item.Rescheduled)
        {
            item.Start = e.Start;
            item.Due = e.Due;
        }
        if (item.Status.Length == 0) item.Status = e.ChangeRequestId is null ? PlanItemRow.Planned : PlanItemRow.Blocked;
        item.Added = true;
    }

    public async Task ApplyAsync(PlanItemRescheduled e, ProjectionContext context, CancellationToken ct)
    {
        foreach (var shift in e.Pushed.Prepend(e.Moved))
        {
            var item = await context.Db.PlanItemAsync(e.OrgId, e.ProjectId, shift.ItemId, ct);
            item.Start = shift.NewStart;
            item.Due = shift.NewDue;
            item.Rescheduled = true;
        }
    }

    public async Task ApplyAsync(PlanItemStatusChanged e, ProjectionContext context, CancellationToken ct)
    {
        var item = await context.Db.PlanItemAsync(e.OrgId, e.ProjectId, e.ItemId, ct);
        item.Status = e.To;
    }

    public async Task ApplyAsync(PlanItemUnblocked e, ProjectionContext context, CancellationToken ct)
    {
        foreach (var id in e.ItemIds)
        {
            var item = await context.Db.PlanItemAsync(e.OrgId, e.ProjectId, id, ct);
            if (item.Status is "" or PlanItemRow.Blocked) item.Status = PlanItemRow.Planned;
        }
    }

    public async Task ApplyAsync(PlanItemsWithdrawn e, ProjectionContext context, CancellationToken ct)
    {
        foreach (var id in e.ItemIds)
            (await context.Db.PlanItemAsync(e.OrgId, e.ProjectId, id, ct)).Withdrawn = true;
    }
}
