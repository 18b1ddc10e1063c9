using Crewline.BuildingBlocks.Messaging;
using Crewline.ClientComms.Domain.Messages;
using Crewline.ClientComms.Features.Messages;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts.Events.ScopeChanges;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Crewline.ClientComms.Features.ChangeOrders;

/// <summary>
/// R-SCOPE-5: an issued change order goes to the client only through the SPOC, on the one outbound
/// path, to every client contact. Both roles signed it (R-SCOPE-3), which is recorded as the other
/// role's briefing on it (R-COMM-4: who — the other role, when — the issue time, what — the change
/// order). Its reply token threads the client's answer back to it. A project with no SPOC (or not
/// known) yet is delivered again later; a redelivery of one version sends nothing twice (inbox, and a
/// unique change-order index).
/// </summary>
public sealed class ChangeOrderIssuedConsumer(ClientCommsDbContext db, SpocSending sending, TimeProvider clock) : IConsumer<ChangeOrderIssued>
{
    public async Task Consume(ConsumeContext<ChangeOrderIssued> context)
    {
        var e = context.Message;
        var spoc = await db.Spocs.AsNoTracking().SingleOrDefaultAsync(s => s.ProjectId == e.ProjectId, context.CancellationToken)
                   ?? throw new NotKnownYetException("SPOC of project", e.ProjectId, e.OrgId);
        if (await db.Messages.AnyAsync(m => m.Kind == MessageKind.ChangeOrder && m.ChangeOrderId == e.ChangeOrderId && m.ChangeOrderVersion == e.Version,
                context.CancellationToken)) return;
        var message = ClientMessage.ChangeOrder(e.OrgId, e.ProjectId, e.ChangeRequestId, e.ChangeOrderId, e.Version, e.Subject, e.Markdown, e.Html,
            spoc.PersonSubject, clock.GetUtcNow());
        db.Messages.Add(message);
        var briefing = message.Brief(BriefingKind.ChangeOrderSigned, Briefing.OtherRoleThan(spoc.Role), null, spoc.PersonSubject,
            $"Both the PM and the producer signed change order {e.ChangeOrderId} (version {e.Version}), issued {e.IssuedAt:u}: \"{e.Subject}\".", e.IssuedAt);
        sending.StageDrafted(message);
        sending.StageBriefed(message, briefing);
        await sending.StageAsync(message, spoc, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        sending.Committed();
    }
}
