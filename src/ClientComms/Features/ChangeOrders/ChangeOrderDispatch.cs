using Crewline.ClientComms.Domain;
using Crewline.ClientComms.Domain.Messages;
using Crewline.ClientComms.Features.Messages;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts.Events.ScopeChanges;
using Microsoft.EntityFrameworkCore;

namespace Crewline.ClientComms.Features.ChangeOrders;

/// <summary>
/// R-SCOPE-5: an issued change order goes to the client only through the SPOC, on the one outbound
/// path, to every client contact. Both roles signed it (R-SCOPE-3), which is recorded as the other
/// role's briefing on it (R-COMM-4: who — the other role, when — the issue time, what — the change
/// order). Its reply token threads the client's answer back to it. One version is sent once (a
/// unique change-order index backs the check). The caller saves and then calls <see cref="SpocSending.Committed"/>.
/// </summary>
public sealed class ChangeOrderDispatch(ClientCommsDbContext db, SpocSending sending, TimeProvider clock)
{
    public async Task StageAsync(ChangeOrderIssued e, Spoc spoc, CancellationToken cancellationToken)
    {
        if (await db.Messages.AnyAsync(m => m.Kind == MessageKind.ChangeOrder && m.ChangeOrderId == e.ChangeOrderId && m.ChangeOrderVersion == e.Version,
                cancellationToken)) return;
        var message = ClientMessage.ChangeOrder(e.OrgId, e.ProjectId, e.ChangeRequestId, e.ChangeOrderId, e.Version, e.Subject, e.Markdown, e.Html,
            spoc.PersonSubject, clock.GetUtcNow());
        db.Messages.Add(message);
        var briefing = message.Brief(BriefingKind.ChangeOrderSigned, Briefing.OtherRoleThan(spoc.Role), null, spoc.PersonSubject,
            $"Both the PM and the producer signed change order {e.ChangeOrderId} (version {e.Version}), issued {e.IssuedAt:u}: \"{e.Subject}\".", e.IssuedAt);
        sending.StageDrafted(message);
        sending.StageBriefed(message, briefing);
        await sending.StageAsync(message, spoc, cancellationToken);
    }

    /// <summary>Holds a change order of a project without a SPOC until one is named (once per version).</summary>
    public async Task HoldAsync(ChangeOrderIssued e, CancellationToken cancellationToken)
    {
        if (await db.HeldChangeOrders.AnyAsync(h => h.ChangeOrderId == e.ChangeOrderId && h.Version == e.Version, cancellationToken)) return;
        db.HeldChangeOrders.Add(HeldChangeOrder.Hold(e.OrgId, e.ProjectId, e.ChangeRequestId, e.ChangeOrderId, e.Version,
            e.Subject, e.Markdown, e.Html, e.IssuedAt, clock.GetUtcNow()));
    }

    /// <summary>Stages the send of every change order held for the SPOC's project, oldest first, and releases them.</summary>
    public async Task ReleaseHeldAsync(Spoc spoc, CancellationToken cancellationToken)
    {
        var held = await db.HeldChangeOrders.Where(h => h.ProjectId == spoc.ProjectId)
            .OrderBy(h => h.IssuedAt).ThenBy(h => h.Version).ToListAsync(cancellationToken);
        foreach (var h in held)
        {
            await StageAsync(new ChangeOrderIssued(h.OrgId, h.ProjectId, h.ChangeRequestId, h.ChangeOrderId, h.Version, h.Subject, h.Markdown, h.Html, h.IssuedAt),
                spoc, cancellationToken);
            db.HeldChangeOrders.Remove(h);
        }
    }
}
