using Crewline.BuildingBlocks.Messaging;
using Crewline.Contracts.Events.ClientComms;
using Crewline.ScopeChanges.Features.ChangeRequests;
using Crewline.ScopeChanges.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Crewline.ScopeChanges.Features.ClientAnswers;

/// <summary>
/// The client's answer to a change order sent through the SPOC (R-SCOPE-5): accepted → CLIENT_ACCEPTED and
/// <c>ScopeChangeAccepted</c> (Ownership unblocks the change's plan items); declined → CLIENT_DECLINED and
/// <c>ScopeChangeDeclined</c> (Ownership cancels them). An answer to a stale version or another change order,
/// or one that arrives when no answer is awaited, changes nothing but is noted in the request's history.
/// A change request not known here yet is retried later.
/// </summary>
public sealed class ClientRespondedToChangeOrderConsumer(ScopeChangesDbContext db, ChangeRequestEventStager events, ILogger<ClientRespondedToChangeOrderConsumer> logger)
    : IConsumer<ClientRespondedToChangeOrder>
{
    public async Task Consume(ConsumeContext<ClientRespondedToChangeOrder> context)
    {
        var e = context.Message;
        var ct = context.CancellationToken;
        var change = await db.ChangeRequests.SingleOrDefaultAsync(c => c.Id == e.ChangeRequestId, ct)
                     ?? throw new NotKnownYetException("ChangeRequest", e.ChangeRequestId, e.OrgId);
        if (!change.ClientAnswer(e.ChangeOrderId, e.Version, e.Accepted, e.Note, e.RespondedAt))
            logger.LogWarning("Ignored the client's answer to change order {ChangeOrderId} version {Version} of {ChangeRequestId}: the request is {Status}, current version {Current}.",
                e.ChangeOrderId, e.Version, e.ChangeRequestId, change.Status, change.CurrentVersion?.Number ?? 0);
        await events.StageAsync(change, ct);
        // Saved by the inbox filter with its record; a concurrent edit fails the save and the message is retried.
    }
}
