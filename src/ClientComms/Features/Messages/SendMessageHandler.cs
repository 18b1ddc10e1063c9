using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Outbox;
using Crewline.ClientComms.Domain.Messages;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts.Events.ClientComms;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Messages;

/// <summary>
/// Sends a drafted message. R-COMM-3: only the SPOC sends; anyone else's send hands the draft to the
/// SPOC and says so. R-COMM-4: the SPOC's send needs the other role briefed on the message; where the
/// SPOC holds both roles and nobody else holds the other one, that is recorded as the briefing.
/// A repeated send of a sent message by the SPOC answers it as sent and sends nothing again.
/// </summary>
public sealed class SendMessageHandler(ClientCommsDbContext db, SpocSending sending, EventOutbox outbox, TimeProvider clock)
{
    public async Task<Proto.SendMessageResponse> HandleAsync(Proto.SendMessageRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var messageId = validator.Uuid(request.MessageId, "message_id");
        validator.ThrowIfInvalid();
        var member = await db.RequireMemberAsync(projectId, caller, cancellationToken);
        var message = await db.Messages.Include(m => m.Briefings)
                          .SingleOrDefaultAsync(m => m.Id == messageId && m.ProjectId == projectId && m.Direction == MessageDirection.Outbound, cancellationToken)
                      ?? throw new NotFoundException("Message", messageId.ToString());
        var spoc = await db.RequireSpocAsync(projectId, cancellationToken);

        if (spoc.PersonId != member.PersonId)
        {
            if (message.IsSent) throw new RuleViolationException(ClientMessage.SendRuleId, "This message was already sent by the SPOC.");
            message.HandToSpoc();
            outbox.Enqueue(new ClientMessageHandedToSpoc(message.OrgId, projectId, message.Id, caller.Subject, spoc.PersonSubject, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            sending.Committed();
            return new Proto.SendMessageResponse
            {
                Outcome = Proto.SendOutcome.HandedToSpoc,
                Message = await ConversationQueries.MessageAsync(db, message.Id, cancellationToken),
                Note = $"Not sent: only the SPOC, {spoc.PersonName}, sends to the client (R-COMM-3). Your draft was handed to them.",
            };
        }

        if (!message.IsSent)
        {
            if (message.Briefings.Count == 0 && await NoOtherRoleAsync(spoc, cancellationToken))
            {
                var briefing = message.Brief(BriefingKind.NoOtherRole, Briefing.OtherRoleThan(spoc.Role), null, caller.Subject,
                    $"No other role exists: {spoc.PersonName} holds both the project manager and the producer role on this project.", clock.GetUtcNow());
                db.Add(briefing);
                sending.StageBriefed(message, briefing);
            }
            await sending.StageAsync(message, spoc, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            sending.Committed();
        }
        return new Proto.SendMessageResponse
        {
            Outcome = Proto.SendOutcome.Sent,
            Message = await ConversationQueries.MessageAsync(db, message.Id, cancellationToken),
            Note = "Sent: queued for delivery to each recipient.",
        };
    }

    /// <summary>A one-person project: the SPOC holds the other role too, and nobody else does.</summary>
    private async Task<bool> NoOtherRoleAsync(Domain.Spoc spoc, CancellationToken cancellationToken)
    {
        var holders = await db.HoldersOfAsync(spoc.ProjectId, Briefing.OtherRoleThan(spoc.Role), cancellationToken);
        return holders.Count == 1 && holders[0] == spoc.PersonId;
    }
}
