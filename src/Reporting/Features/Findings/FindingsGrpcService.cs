using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Reporting.V1;
using Grpc.Core;

namespace Crewline.Reporting.Features.Findings;

/// <summary>The gRPC (and, by transcoding, REST) face of the failure-mode findings (R-FAIL-1..4) and the org-design view (R-ORG-6).</summary>
public sealed class FindingsGrpcService(FindingsQueries queries, OrgDesign.OrgDesignQueries orgDesign) : FindingsService.FindingsServiceBase
{
    public override Task<ListFindingsResponse> ListFindings(ListFindingsRequest request, ServerCallContext context) =>
        queries.ListAsync(request, context.Caller(), context.CancellationToken);

    public override Task<FindingsTimeline> GetFindingsTimeline(GetFindingsTimelineRequest request, ServerCallContext context) =>
        queries.TimelineAsync(request, context.Caller(), context.CancellationToken);

    public override Task<OrgDesignView> GetOrgDesign(GetOrgDesignRequest request, ServerCallContext context) =>
        orgDesign.GetAsync(context.Caller(), context.CancellationToken);
}
