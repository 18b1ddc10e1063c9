using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.ProjectRegistry;
using Crewline.Contracts.Events.ScopeChanges;
using Crewline.ScopeChanges.Domain;
using Crewline.ScopeChanges.Features.ChangeRequests;
using Crewline.ScopeChanges.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crewline.ScopeChanges.Features.ChangeOrders;

/// <summary>
/// On approval: renders the change order from the stored data (R-SCOPE-4), stores it (immutable), marks
/// the request sent and stages <see cref="ScopeChangeApproved"/> (Ownership adds the plan items blocked and
/// logs the joint decision) and <see cref="ChangeOrderIssued"/> (client communications sends it as the SPOC, R-SCOPE-5).
/// </summary>
public sealed class ChangeOrderWriter(ScopeChangesDbContext db, EventOutbox outbox, ChangeOrderRenderer renderer)
{
    public async Task WriteAndSendAsync(ChangeRequest change, ChangeApproved approved, CancellationToken cancellationToken)
    {
        var version = change.CurrentVersion!;
        var projectName = await db.Set<KnownProject>().AsNoTracking().Where(p => p.ProjectId == change.ProjectId)
            .Select(p => p.Name).SingleOrDefaultAsync(cancellationToken) ?? "";
        var document = renderer.Render(change, projectName);
        var order = ChangeOrder.Write(Guid.CreateVersion7(), change, document.Subject, document.Markdown, document.Html, approved.At);
        db.Add(order);

        var pm = version.Signatures.Single(s => s.Role == WorkflowRole.ProjectManager);
        var producer = version.Signatures.Single(s => s.Role == WorkflowRole.Producer);
        outbox.Enqueue(new ScopeChangeApproved(change.OrgId, change.ProjectId, change.Id, version.Number, order.Id, change.Title,
            document.Summary,
            version.PlanItems.Select(i => new ScopeChangePlanItem(i.ItemId, i.Kind, i.OwnerRole.MembershipName(), i.Title, i.Start, i.Due)).ToArray(),
            pm.Subject, producer.Subject, approved.At));
        change.MarkSentToClient(order.Id, approved.At);
        outbox.Enqueue(new ChangeOrderIssued(change.OrgId, change.ProjectId, change.Id, order.Id, version.Number, order.Subject,
            order.Markdown, order.Html, approved.At));
    }
}
