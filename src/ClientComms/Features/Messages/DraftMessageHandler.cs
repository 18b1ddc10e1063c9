using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Membership;
using Crewline.ClientComms.Domain.Messages;
using Crewline.ClientComms.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Messages;

/// <summary>Drafts a message to the client; any project member may (R-COMM-3). Nothing is sent.</summary>
public sealed class DraftMessageHandler(ClientCommsDbContext db, SpocSending sending, IdempotencyStore idempotency, TimeProvider clock)
{
    public static (Guid ProjectId, IReadOnlyList<Guid> ContactIds) Validate(Proto.DraftMessageRequest request)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator
            .RequiredText(request.Subject, "subject", ClientMessage.MaxSubjectLength)
            .RequiredText(request.Body, "body", ClientMessage.MaxBodyLength)
            .OptionalText(request.BodyHtml, "body_html", ClientMessage.MaxHtmlLength)
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength)
            .Check(request.Attachments.Count <= MessageAttachment.MaxPerMessage, "attachments", $"must hold at most {MessageAttachment.MaxPerMessage} files");
        var contactIds = new List<Guid>();
        for (var i = 0; i < request.ContactIds.Count; i++) contactIds.Add(validator.Uuid(request.ContactIds[i], $"contact_ids[{i}]"));
        for (var i = 0; i < request.Attachments.Count; i++)
        {
            var a = request.Attachments[i];
            validator
                .RequiredText(a.FileName, $"attachments[{i}].file_name", MessageAttachment.MaxFileNameLength)
                .OptionalText(a.ContentType, $"attachments[{i}].content_type", MessageAttachment.MaxContentTypeLength)
                .Check(a.Content.Length <= MessageAttachment.MaxBytes, $"attachments[{i}].content",
                    $"must be at most {MessageAttachment.MaxBytes} bytes (got {a.Content.Length})");
        }
        validator.ThrowIfInvalid();
        return (projectId, contactIds);
    }

    public async Task<Proto.ClientMessage> HandleAsync(Proto.DraftMessageRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var (projectId, contactIds) = Validate(request);
        var member = await db.RequireMemberAsync(projectId, caller, cancellationToken);
        var known = await db.Contacts.AsNoTracking().Where(c => c.ProjectId == projectId && contactIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        var unknown = contactIds.Select((id, i) => (id, i)).Where(x => !known.Contains(x.id)).ToList();
        if (unknown.Count > 0)
            throw new ValidationException(unknown.Select(x => new FieldViolation($"contact_ids[{x.i}]", "is not a contact of this project")).ToList());
        var spoc = await db.Spocs.AsNoTracking().SingleOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken);

        var id = await idempotency.RunOnceAsync("DraftMessage", request.IdempotencyKey, request, () =>
        {
            var message = ClientMessage.Draft(member.Project.OrgId, projectId, MessageKind.Message, request.Subject, request.Body, request.BodyHtml,
                contactIds, request.Attachments.Select(a => a.ToDomain()).ToList(), caller.Subject, ProjectSpoc.AuthorRole(member, spoc), clock.GetUtcNow());
            db.Messages.Add(message);
            sending.StageDrafted(message);
            return message.Id;
        }, cancellationToken);
        sending.Committed();
        return await ConversationQueries.MessageAsync(db, id, cancellationToken);
    }
}
