using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Paging;
using Crewline.Reporting.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.Reporting.V1;

namespace Crewline.Reporting.Features.Projects;

/// <summary>Reads of the project view and portfolio, always within the caller's org.</summary>
public sealed class ProjectSummaryQueries(ReportingDbContext db)
{
    public async Task<Proto.ProjectSummary> GetAsync(Proto.GetProjectSummaryRequest request, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var id = validator.Uuid(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();
        var summary = await db.ProjectSummaries.AsNoTracking().SingleOrDefaultAsync(p => p.ProjectId == id, cancellationToken)
                      ?? throw new NotFoundException("Project", request.ProjectId);
        return ToProto(summary);
    }

    /// <summary>Newest first; the page token is the (created_at, project_id) of the last item.</summary>
    public async Task<Proto.ListProjectSummariesResponse> ListAsync(Proto.ListProjectSummariesRequest request, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.DecodeTimeAndId(request.PageToken, validator);
        validator.ThrowIfInvalid();

        var query = db.ProjectSummaries.AsNoTracking();
        var page = await query.NewestFirstPageAsync(p => p.CreatedAt, p => p.ProjectId, after, size, cancellationToken);

        var response = new Proto.ListProjectSummariesResponse();
        response.Projects.AddRange(page.Items.Select(ToProto));
        response.NextPageToken = page.NextPageToken;
        return response;
    }

    public async Task<Proto.Portfolio> GetPortfolioAsync(Guid orgId, CancellationToken cancellationToken)
    {
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
