using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Outbox;
using Crewline.ClientComms.Domain.Contacts;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts.Events.ClientComms;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Contacts;

/// <summary>Adds a client contact to a project; any project member may.</summary>
public sealed class AddContactHandler(ClientCommsDbContext db, EventOutbox outbox, IdempotencyStore idempotency, TimeProvider clock)
{
    public async Task<Proto.ClientContact> HandleAsync(Proto.AddContactRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator
            .RequiredText(request.Name, "name", ClientContact.MaxNameLength)
            .Check(EmailAddresses.IsValid(request.Email), "email", "must be one valid email address, e.g. jo@client.example")
            .OptionalText(request.RoleAtClient, "role_at_client", ClientContact.MaxRoleLength)
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength)
            .ThrowIfInvalid();
        var member = await db.RequireMemberAsync(projectId, caller, cancellationToken);
        var email = EmailAddresses.Normalize(request.Email);
        if (await db.Contacts.AnyAsync(c => c.ProjectId == projectId && c.Email == email, cancellationToken))
            throw new ConflictException($"'{email}' is already a contact of this project.");
        Guid id;
        try
        {
            id = await idempotency.RunOnceAsync("AddContact", request.IdempotencyKey, request, () =>
            {
                var contact = ClientContact.Add(member.Project.OrgId, projectId, request.Name, request.Email, request.RoleAtClient, caller.Subject, clock.GetUtcNow());
                db.Contacts.Add(contact);
                outbox.Enqueue(new ClientContactAdded(contact.OrgId, projectId, contact.Id, contact.Name, contact.Email, contact.RoleAtClient, contact.AddedBy, contact.AddedAt));
                return contact.Id;
            }, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: ClientCommsDbContext.ContactEmailIndexName })
        {
            throw new ConflictException($"'{email}' is already a contact of this project.");
        }
        outbox.NotifyCommitted();
        return (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken)).ToProto();
    }
}
