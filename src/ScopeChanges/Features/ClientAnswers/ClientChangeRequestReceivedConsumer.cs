using Crewline.BuildingBlocks.Messaging;
using Crewline.BuildingBlocks.ProjectRegistry;
using Crewline.Contracts.Events.ClientComms;
using Crewline.ScopeChanges.Domain;
using Crewline.ScopeChanges.Features.ChangeRequests;
using Crewline.ScopeChanges.Features.Deadlines;
using Crewline.ScopeChanges.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Crewline.ScopeChanges.Features.ClientAnswers;

/// <summary>
/// A client's message marked as a change request opens a change request on its project (R-SCOPE-1): one per
/// inbound message, whatever the redeliveries (the inbox skips a redelivered message; a unique index on the
/// message id catches a republished one). A project not known here yet is retried later, never dropped.
/// </summary>
public sealed class ClientChangeRequestReceivedConsumer(
    ScopeChangesDbContext db, ChangeRequestEventStager events, DeadlineOptions deadlines, TimeProvider clock) : IConsumer<ClientChangeRequestReceived>
{
    public async Task Consume(ConsumeContext<ClientChangeRequestReceived> context)
    {
        var e = context.Message;
        var ct = context.CancellationToken;
        if (!await db.Set<KnownProject>().AnyAsync(p => p.ProjectId == e.ProjectId, ct)) throw new NotKnownYetException("Project", e.ProjectId, e.OrgId);
        if (await db.ChangeRequests.AnyAsync(c => c.InboundMessageId == e.InboundMessageId, ct)) return;

        var title = string.IsNullOrWhiteSpace(e.Subject) ? "Change request from the client" : Clip(e.Subject.Trim(), ChangeRequest.MaxTitleLength);
        var change = ChangeRequest.Open(Guid.CreateVersion7(), e.OrgId, e.ProjectId, title, Clip(e.Body ?? "", ChangeRequest.MaxDescriptionLength),
            requestedDeliverables: [], requestedBy: string.IsNullOrWhiteSpace(e.FromName) ? e.FromEmail : $"{e.FromName} <{e.FromEmail}>",
            receivedAt: e.ReceivedAt, dueBy: null, submittedBy: $"client:{e.FromEmail}", inboundMessageId: e.InboundMessageId,
            clock.GetUtcNow(), deadlines.Policy);
        db.ChangeRequests.Add(change);
        await events.StageAsync(change, ct);
        // Saved by the inbox filter with its record, in one transaction.
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
