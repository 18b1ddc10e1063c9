using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Paging;
using Crewline.ScopeChanges.Domain;
using Crewline.ScopeChanges.Infrastructure;
using Crewline.ServiceDefaults.Auth;
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

    /// <summary>A project's requests (optionally in one status), newest first; the page token is the (submitted_at, change_request_id) of the last item.</summary>
    public async Task<Proto.ListChangeRequestsResponse> ListAsync(Proto.ListChangeRequestsRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.DecodeTimeAndId(request.PageToken, validator);
        validator.Check(Enum.IsDefined(request.Status), "status", "must be a ChangeRequestStatus value");
        validator.ThrowIfInvalid();
        await db.RequireMemberAsync(projectId, caller, cancellationToken);

        var query = db.ChangeRequests.AsNoTracking().Where(c => c.ProjectId == projectId);
        if (request.Status.ToDomain() is { } status) query = query.Where(c => c.Status == status);
        var page = await query.NewestFirstPageAsync(c => c.SubmittedAt, c => c.Id, after, size, cancellationToken);

        var response = new Proto.ListChangeRequestsResponse { NextPageToken = page.NextPageToken };
        response.ChangeRequests.AddRange(page.Items.Select(c => c.ToProto()));
        return response;
    }

    /// <summary>
    /// The org's open requests, oldest first (by age): an org admin sees every project's, anyone else those of
    /// the projects they hold a role on. The page token is the (submitted_at, change_request_id) of the last item.
    /// </summary>
    public async Task<Proto.ListChangeRequestsResponse> ListOpenAsync(Proto.ListOpenChangeRequestsRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.DecodeTimeAndId(request.PageToken, validator);
        validator.ThrowIfInvalid();
        var person = await db.RequireOrgPersonAsync(caller, cancellationToken);

        var open = ChangeRequestStatuses.Open.ToArray();
        var query = db.ChangeRequests.AsNoTracking().Where(c => open.Contains(c.Status));
        if (!person.IsOrgAdmin)
        {
            var projects = db.ProjectIdsOf(person.PersonId);
            query = query.Where(c => projects.Contains(c.ProjectId));
        }
        if (after is { } cursor)
            query = query.Where(c => c.SubmittedAt > cursor.At || (c.SubmittedAt == cursor.At && c.Id.CompareTo(cursor.Id) > 0));
        var rows = await query.OrderBy(c => c.SubmittedAt).ThenBy(c => c.Id).Take(size + 1).ToListAsync(cancellationToken);

        var response = new Proto.ListChangeRequestsResponse
        {
            NextPageToken = rows.Count > size ? PageToken.EncodeTimeAndId(rows[size - 1].SubmittedAt, rows[size - 1].Id) : "",
        };
        response.ChangeRequests.AddRange(rows.Take(size).Select(c => c.ToProto()));
        return response;
    }
}
