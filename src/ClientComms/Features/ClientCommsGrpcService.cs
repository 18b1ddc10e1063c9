using Crewline.BuildingBlocks.Tenancy;
using Crewline.ClientComms.Features.Spocs;
using Crewline.Contracts.ClientComms.V1;
using Grpc.Core;

namespace Crewline.ClientComms.Features;

/// <summary>The gRPC (and, by transcoding, REST) face of the client communications service.</summary>
public sealed class ClientCommsGrpcService(NameSpocHandler nameSpoc, GetSpocHandler getSpoc)
    : ClientCommsService.ClientCommsServiceBase
{
    public override Task<Spoc> NameSpoc(NameSpocRequest request, ServerCallContext context) =>
        nameSpoc.HandleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Spoc> GetSpoc(GetSpocRequest request, ServerCallContext context)
        => getSpoc.HandleAsync(request, context.Caller(), context.CancellationToken);
}
