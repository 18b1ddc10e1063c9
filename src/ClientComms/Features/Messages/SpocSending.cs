using Crewline.BuildingBlocks.Outbox;
using Crewline.ClientComms.Domain;
using Crewline.ClientComms.Domain.Messages;
using Crewline.ClientComms.Infrastructure;
using Crewline.ClientComms.Infrastructure.Mail;
using Crewline.Contracts.Events.ClientComms;
using Microsoft.EntityFrameworkCore;

namespace Crewline.ClientComms.Features.Messages;

/// <summary>
/// The one outbound path: every message that reaches the client (a member's message, the SPOC
/// announcement, a change order, a status) is sent here, as the SPOC, to the project's contacts,
/// one delivery per recipient for the background sender. The caller saves; then <see cref="Committed"/>.
/// </summary>
public sealed class SpocSending(ClientCommsDbContext db, EventOutbox outbox, DeliverySignal signal, TimeProvider clock)
{
    /// <summary>Stages the send of <paramref name="message"/> by <paramref name="spoc"/> (R-COMM-4 is checked by the message) and its events.</summary>
    public async Task StageAsync(ClientMessage message, Spoc spoc, CancellationToken cancellationToken)
    {
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.ProjectId == message.ProjectId)
            .OrderBy(c => c.AddedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var chosen = message.ContactIds.Count == 0 ? contacts : contacts.Where(c => message.ContactIds.Contains(c.Id)).ToList();
        var deliveries = message.Send(spoc.PersonSubject, spoc.PersonName,
            chosen.Select(c => new Recipient(c.Id, c.Name, c.Email)).ToList(), clock.GetUtcNow());
        foreach (var delivery in deliveries) db.Deliveries.Add(delivery);
        outbox.Enqueue(new ClientMessageSent(message.OrgId, message.ProjectId, message.Id, MessageMapping.KindName(message.Kind),
            spoc.PersonSubject, deliveries.Count, message.SentAt!.Value));
    }

    /// <summary>Stages a briefing's event.</summary>
    public void StageBriefed(ClientMessage message, Briefing briefing) =>
        outbox.Enqueue(new OtherRoleBriefed(message.OrgId, message.ProjectId, message.Id, briefing.Id, MessageMapping.BriefingKindName(briefing.Kind),
            Spocs.SpocMapping.ToContractName(briefing.BriefedRole), briefing.BriefedPersonId, briefing.BriefedBy, briefing.Summary, briefing.BriefedAt));

    /// <summary>Stages a draft's event.</summary>
    public void StageDrafted(ClientMessage message) =>
        outbox.Enqueue(new ClientMessageDrafted(message.OrgId, message.ProjectId, message.Id, MessageMapping.KindName(message.Kind),
            message.Subject, message.DraftedBy, message.CreatedAt));

    /// <summary>
    /// After the save: publish the events and wake the sender once they are committed (a consumer's
    /// save commits only when the inbox commits; woken before that, the sender would find nothing
    /// and sleep its poll interval).
    /// </summary>
    public void Committed()
    {
        outbox.NotifyCommitted();
        db.OnCommitted(signal.Notify);
    }
}
