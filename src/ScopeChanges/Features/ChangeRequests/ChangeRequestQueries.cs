using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Paging;
using Crewline.BuildingBlocks.Membership;
using Crewline.ServiceDefaults.Auth;
using Crewline.ScopeChanges.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.ScopeChanges.Features.ChangeRequests;

/// <summary>Reads of change requests, always within the caller's org and only for the project's members.</summary>
public sealed class ChangeRequestQueries(ScopeChangesDbContext db)
{
    public async Task<Proto.ChangeRequest> GetAsync(Proto.GetChangeRequestRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var id = validator.Uuid(request.ChangeRequestId, "change_request_id");
        validator.ThrowIfInvalid();
        var change = await db.ChangeRequests.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                     ?? throw new NotFoundException("ChangeRequest", request.ChangeRequestId);
        await db.RequireMemberAsync(change.ProjectId, caller, cancellationToken);
        return change.ToProto();
    }

    /// <summary>A project's requests, newest first; the page token is the (submitted_at, change_request_id) of the last item.</summary>
    public async Task<Proto.ListChangeRequestsResponse> ListAsync(Proto.ListChangeRequestsRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.DecodeTimeAndId(request.PageToken, validator);
        validator.ThrowIfInvalid();
        await db.RequireMemberAsync(projectId, caller, cancellationToken);

        var query = db.ChangeRequests.AsNoTracking().Where(c => c.ProjectId == projectId);
        var page = await query.NewestFirstPageAsync(c => c.SubmittedAt, c => c.Id, after, size, cancellationToken);

        var response = new Proto.ListChangeRequestsResponse();
        response.ChangeRequests.AddRange(page.Items.Select(c => c.ToProto()));
        response.NextPageToken = page.NextPageToken;
        return response;
    }
}
