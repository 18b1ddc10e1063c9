using Crewline.ClientComms.Domain.Messages;
using Crewline.ClientComms.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Messages;

/// <summary>Reads messages as the API shows them: with briefings, deliveries and attachment names (never the attachments' bytes).</summary>
internal static class ConversationQueries
{
    public static IQueryable<ClientMessage> WithParts(this IQueryable<ClientMessage> messages) =>
        messages.AsNoTracking().Include(m => m.Briefings).Include(m => m.Deliveries).AsSplitQuery();

    public static async Task<Proto.ClientMessage> MessageAsync(ClientCommsDbContext db, Guid messageId, CancellationToken cancellationToken)
    {
        var message = await db.Messages.WithParts().SingleAsync(m => m.Id == messageId, cancellationToken);
        return (await ToProtoAsync(db, [message], cancellationToken))[0];
    }

    public static async Task<IReadOnlyList<Proto.ClientMessage>> ToProtoAsync(ClientCommsDbContext db, IReadOnlyList<ClientMessage> messages, CancellationToken cancellationToken)
    {
        var ids = messages.Select(m => m.Id).ToList();
        var names = (await db.Set<MessageAttachment>().AsNoTracking().Where(a => ids.Contains(a.MessageId))
                .OrderBy(a => a.Position).Select(a => new { a.MessageId, a.FileName }).ToListAsync(cancellationToken))
            .ToLookup(a => a.MessageId, a => a.FileName);
        return messages.Select(m =>
        {
            var proto = m.ToProto();
            proto.AttachmentNames.Clear();
            proto.AttachmentNames.AddRange(names[m.Id]);
            return proto;
        }).ToList();
    }
}
