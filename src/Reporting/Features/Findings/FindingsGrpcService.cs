using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Reporting.V1;
using Grpc.Core;

namespace Crewline.Reporting.Features.Findings;

/// <summary>The gRPC (and, by transcoding, REST) face of the failure-mode findings (R-FAIL-1..4).</summary>
public sealed class FindingsGrpcService(FindingsQueries queries) : FindingsService.FindingsServiceBase
{
    public override Task<ListFindingsResponse> ListFindings(ListFindingsRequest request, ServerCallContext context) =>
        queries.ListAsync(request, context.Caller(), context.CancellationToken);

    public override Task<FindingsTimeline> GetFindingsTimeline(GetFindingsTimelineRequest request, ServerCallContext context) =>
        queries.TimelineAsync(request, context.Caller(), context.CancellationToken);

    // The only placeholder of #10's findings branch: the "projections" helper implements the org-design
    // view as src/Reporting/Features/OrgDesign/OrgDesignQueries.cs, and the lead wires it here at merge.
    public override Task<OrgDesignView> GetOrgDesign(GetOrgDesignRequest request, ServerCallContext context) =>
        throw new RpcException(new Status(StatusCode.Unimplemented, "The org-design view is wired in at merge (OrgDesignQueries)."));
}
