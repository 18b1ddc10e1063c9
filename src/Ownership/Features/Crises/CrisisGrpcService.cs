using Crewline.BuildingBlocks.Tenancy;
using Grpc.Core;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.Ownership.Features.Crises;

/// <summary>The gRPC (and, by transcoding, REST) face of mid-project crises.</summary>
public sealed class CrisisGrpcService(CrisisHandler crises) : Proto.CrisisService.CrisisServiceBase
{
    public override Task<Proto.Crisis> OpenCrisis(Proto.OpenCrisisRequest request, ServerCallContext context) =>
        crises.OpenAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Proto.Crisis> ResolveCrisis(Proto.ResolveCrisisRequest request, ServerCallContext context) =>
        crises.ResolveAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Proto.ListCrisesResponse> ListCrises(Proto.ListCrisesRequest request, ServerCallContext context) =>
        crises.ListAsync(request, context.Caller(), context.CancellationToken);
}
