using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Outbox;
using Crewline.ClientComms.Domain.Messages;
using Crewline.ClientComms.Features.Messages;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts.Events.ClientComms;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.ChangeOrders;

/// <summary>The SPOC records the client's answer to a change order sent through them (R-SCOPE-5) and it is published.</summary>
public sealed class RecordClientResponseHandler(ClientCommsDbContext db, EventOutbox outbox, TimeProvider clock)
{
    public const int MaxNoteLength = 2000;

    public async Task<Proto.ClientMessage> HandleAsync(Proto.RecordClientResponseRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var changeOrderId = validator.Uuid(request.ChangeOrderId, "change_order_id");
        validator.OptionalText(request.Note, "note", MaxNoteLength).ThrowIfInvalid();
        var member = await db.RequireMemberAsync(projectId, caller, cancellationToken);
        var spoc = await db.RequireSpocAsync(projectId, cancellationToken);
        if (spoc.PersonId != member.PersonId)
            throw new PermissionDeniedException($"Only the SPOC, {spoc.PersonName}, records the client's answer (R-SCOPE-5).");
        var changeOrder = await db.Messages.AsNoTracking()
                              .Where(m => m.ProjectId == projectId && m.Kind == MessageKind.ChangeOrder && m.ChangeOrderId == changeOrderId && m.State == MessageState.Sent)
                              .OrderByDescending(m => m.ChangeOrderVersion).FirstOrDefaultAsync(cancellationToken)
                          ?? throw new NotFoundException("Change order", changeOrderId.ToString());
        var response = ClientMessage.ClientResponse(changeOrder, request.Accepted, request.Note.Trim(), caller.Subject, clock.GetUtcNow());
        db.Messages.Add(response);
        outbox.Enqueue(ChangeOrderAnswers.Responded(changeOrder, request.Accepted, request.Note.Trim(), response.CreatedAt));
        await db.SaveChangesAsync(cancellationToken);
        outbox.NotifyCommitted();
        return await ConversationQueries.MessageAsync(db, response.Id, cancellationToken);
    }
}

/// <summary>The event a client's answer to a change order publishes, whichever way it arrived.</summary>
internal static class ChangeOrderAnswers
{
    public static ClientRespondedToChangeOrder Responded(ClientMessage changeOrder, bool accepted, string note, DateTimeOffset at) =>
        new(changeOrder.OrgId, changeOrder.ProjectId, changeOrder.ChangeRequestId!.Value, changeOrder.ChangeOrderId!.Value,
            changeOrder.ChangeOrderVersion!.Value, accepted, note, at);
}
