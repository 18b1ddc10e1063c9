using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.ClientComms.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Contacts;

/// <summary>Lists a project's client contacts, oldest first; members only.</summary>
public sealed class ListContactsHandler(ClientCommsDbContext db)
{
    public async Task<Proto.ListContactsResponse> HandleAsync(Proto.ListContactsRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();
        await db.RequireMemberAsync(projectId, caller, cancellationToken);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.ProjectId == projectId)
            .OrderBy(c => c.AddedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var response = new Proto.ListContactsResponse();
        response.Contacts.AddRange(contacts.Select(c => c.ToProto()));
        return response;
    }
}
