using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.ScopeChanges.V1;
using Crewline.ScopeChanges.Features.ChangeRequests;
using Grpc.Core;

namespace Crewline.ScopeChanges.Features;

/// <summary>The gRPC (and, by transcoding, REST) face of the scope changes service.</summary>
public sealed class ScopeChangesGrpcService(SubmitChangeRequestHandler submit, ChangeRequestQueries queries)
    : ScopeChangeService.ScopeChangeServiceBase
{
    public override Task<ChangeRequest> SubmitChangeRequest(SubmitChangeRequestRequest request, ServerCallContext context) =>
        submit.HandleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ChangeRequest> GetChangeRequest(GetChangeRequestRequest request, ServerCallContext context)
        => queries.GetAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ListChangeRequestsResponse> ListChangeRequests(ListChangeRequestsRequest request, ServerCallContext context)
        => queries.ListAsync(request, context.Caller(), context.CancellationToken);
}
