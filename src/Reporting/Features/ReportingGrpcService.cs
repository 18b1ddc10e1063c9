using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Reporting.V1;
using Crewline.Reporting.Features.Projects;
using Grpc.Core;

namespace Crewline.Reporting.Features;

/// <summary>The gRPC (and, by transcoding, REST) face of the reporting service.</summary>
public sealed class ReportingGrpcService(ProjectSummaryQueries queries) : ReportingService.ReportingServiceBase
{
    public override Task<ProjectSummary> GetProjectSummary(GetProjectSummaryRequest request, ServerCallContext context)
        => queries.GetAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ListProjectSummariesResponse> ListProjectSummaries(ListProjectSummariesRequest request, ServerCallContext context)
        => queries.ListAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Crewline.Contracts.Reporting.V1.Portfolio> GetPortfolio(GetPortfolioRequest request, ServerCallContext context) =>
        queries.GetPortfolioAsync(context.Caller(), context.CancellationToken);
}
