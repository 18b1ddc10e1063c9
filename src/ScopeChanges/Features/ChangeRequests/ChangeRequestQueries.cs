using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Paging;
using Crewline.BuildingBlocks.ProjectRegistry;
using Crewline.ScopeChanges.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.ScopeChanges.Features.ChangeRequests;

/// <summary>Reads of change requests, always within the caller's org.</summary>
public sealed class ChangeRequestQueries(ScopeChangesDbContext db)
{
    public async Task<Proto.ChangeRequest> GetAsync(Proto.GetChangeRequestRequest request, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var id = validator.Uuid(request.ChangeRequestId, "change_request_id");
        validator.ThrowIfInvalid();
        var change = await db.ChangeRequests.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                     ?? throw new NotFoundException("ChangeRequest", request.ChangeRequestId);
        return change.ToProto();
    }

    /// <summary>A project's requests, newest first; the page token is the (submitted_at, change_request_id) of the last item.</summary>
    public async Task<Proto.ListChangeRequestsResponse> ListAsync(Proto.ListChangeRequestsRequest request, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.DecodeTimeAndId(request.PageToken, validator);
        validator.ThrowIfInvalid();
        await db.RequireKnownProjectAsync(projectId, cancellationToken);

        var query = db.ChangeRequests.AsNoTracking().Where(c => c.ProjectId == projectId);
        if (after is var (submittedAt, lastId))
            query = query.Where(c => c.SubmittedAt < submittedAt || (c.SubmittedAt == submittedAt && c.Id.CompareTo(lastId) < 0));
        var page = await query.OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Id)
            .Take(size + 1).ToListAsync(cancellationToken);

        var response = new Proto.ListChangeRequestsResponse();
        response.ChangeRequests.AddRange(page.Take(size).Select(c => c.ToProto()));
        if (page.Count > size)
        {
            var last = page[size - 1];
            response.NextPageToken = PageToken.EncodeTimeAndId(last.SubmittedAt, last.Id);
        }
        return response;
    }
}
