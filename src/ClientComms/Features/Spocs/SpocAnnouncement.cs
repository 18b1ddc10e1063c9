using Crewline.BuildingBlocks.Outbox;
using Crewline.ClientComms.Domain;
using Crewline.ClientComms.Domain.Messages;
using Crewline.ClientComms.Features.Messages;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts.Events.ClientComms;
using Crewline.BuildingBlocks.ProjectRegistry;

namespace Crewline.ClientComms.Features.Spocs;

/// <summary>
/// R-COMM-1: the SPOC is told to the client by a message of its own, sent as the SPOC to every
/// contact through the one outbound path: at kickoff (Ownership's ProjectStarted), or when another
/// SPOC is named after kickoff. Both roles agreed the SPOC at kickoff (R-KICK-1), which is recorded
/// as the other role's briefing on it (R-COMM-4).
/// </summary>
public sealed class SpocAnnouncement(ClientCommsDbContext db, SpocSending sending, EventOutbox outbox, TimeProvider clock)
{
    public async Task StageAsync(KnownProject project, Spoc spoc, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var roleName = spoc.Role == SpocRole.Producer ? "producer" : "project manager";
        var message = ClientMessage.Draft(spoc.OrgId, spoc.ProjectId, MessageKind.SpocAnnouncement,
            $"Your point of contact for {project.Name}: {spoc.PersonName}",
            $"Hello,\n\nFrom today {spoc.PersonName}, our {roleName}, is your single point of contact for {project.Name}. "
            + "Please send everything about the project to them, and reply to this mail to reach them.\n\nThank you.",
            "", [], [], spoc.NamedBy, spoc.Role, now);
        db.Messages.Add(message);
        var briefing = message.Brief(BriefingKind.Kickoff, Briefing.OtherRoleThan(spoc.Role), null, spoc.NamedBy,
            $"{spoc.PersonName} was named SPOC by {spoc.NamedBy}; the project's PM and producer agree the SPOC at kickoff and every change is logged.", now);
        sending.StageDrafted(message);
        sending.StageBriefed(message, briefing);
        await sending.StageAsync(message, spoc, cancellationToken);
        outbox.Enqueue(new SpocAnnounced(spoc.OrgId, spoc.ProjectId, message.Id, spoc.Role.ToContractName(), spoc.PersonSubject, spoc.PersonName,
            message.Deliveries.Count, now));
    }
}
