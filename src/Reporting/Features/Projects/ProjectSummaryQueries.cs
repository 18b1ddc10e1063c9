using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Paging;
using Crewline.Reporting.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.Reporting.V1;

namespace Crewline.Reporting.Features.Projects;

/// <summary>
/// Reads of the project view and portfolio, always within the caller's org. A project's summary:
/// its members and the org's admins; the list: every project for an admin, the caller's own projects
/// for a member; the portfolio's counts: any person of the org.
/// </summary>
public sealed class ProjectSummaryQueries(ReportingDbContext db)
{
    public async Task<Proto.ProjectSummary> GetAsync(Proto.GetProjectSummaryRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var id = validator.Uuid(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();
        var summary = await db.ProjectSummaries.AsNoTracking().SingleOrDefaultAsync(p => p.ProjectId == id && !p.IsPlaceholder, cancellationToken)
                      ?? throw new NotFoundException("Project", request.ProjectId);
        var person = await db.RequireOrgPersonAsync(caller, cancellationToken);
        if (!person.IsOrgAdmin && (await db.RolesOfAsync(id, person.PersonId, cancellationToken)).Count == 0)
            throw new PermissionDeniedException("Only the project's members and the org's admins read its summary.");
        return ToProto(summary);
    }

    /// <summary>Newest first; the page token is the (created_at, project_id) of the last item.</summary>
    public async Task<Proto.ListProjectSummariesResponse> ListAsync(Proto.ListProjectSummariesRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.DecodeTimeAndId(request.PageToken, validator);
        validator.ThrowIfInvalid();
        var person = await db.RequireOrgPersonAsync(caller, cancellationToken);

        var query = db.ProjectSummaries.AsNoTracking().Where(p => !p.IsPlaceholder);
        if (!person.IsOrgAdmin)
        {
            var mine = db.ProjectIdsOf(person.PersonId);
            query = query.Where(p => mine.Contains(p.ProjectId));
        }
        var page = await query.NewestFirstPageAsync(p => p.CreatedAt, p => p.ProjectId, after, size, cancellationToken);

        var response = new Proto.ListProjectSummariesResponse();
        response.Projects.AddRange(page.Items.Select(ToProto));
        response.NextPageToken = page.NextPageToken;
        return response;
    }

    public async Task<Proto.Portfolio> GetPortfolioAsync(CallerIdentity caller, CancellationToken cancellationToken)
    {
        await db.RequireOrgPersonAsync(caller, cancellationToken);
        var orgId = caller.OrgId;
        var portfolio = await db.Portfolios.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return new Proto.Portfolio { OrgId = orgId.ToString(), ProjectCount = portfolio?.ProjectCount ?? 0 };
    }

    private static Proto.ProjectSummary ToProto(Domain.ProjectSummary p) => new()
    {
        ProjectId = p.ProjectId.ToString(),
        OrgId = p.OrgId.ToString(),
        Name = p.Name,
        ProjectType = p.ProjectType,
        CreatedAt = Timestamp.FromDateTimeOffset(p.CreatedAt),
    };
}
