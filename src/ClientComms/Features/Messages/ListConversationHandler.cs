using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Paging;
using Crewline.ClientComms.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Messages;

/// <summary>The project's conversation, newest first: every message sent, drafted or received, with briefings and deliveries; members only.</summary>
public sealed class ListConversationHandler(ClientCommsDbContext db)
{
    public async Task<Proto.ListConversationResponse> HandleAsync(Proto.ListConversationRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.DecodeTimeAndId(request.PageToken, validator);
        validator.ThrowIfInvalid();
        await db.RequireMemberAsync(projectId, caller, cancellationToken);
        var page = await db.Messages.WithParts().Where(m => m.ProjectId == projectId)
            .NewestFirstPageAsync(m => m.CreatedAt, m => m.Id, after, size, cancellationToken);
        var response = new Proto.ListConversationResponse { NextPageToken = page.NextPageToken };
        response.Messages.AddRange(await ConversationQueries.ToProtoAsync(db, page.Items, cancellationToken));
        return response;
    }
}
