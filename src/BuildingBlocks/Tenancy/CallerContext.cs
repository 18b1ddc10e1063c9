using Crewline.ServiceDefaults.Auth;
using Grpc.Core;

namespace Crewline.BuildingBlocks.Tenancy;

public static class CallerContext
{
    /// <summary>The authenticated caller of a gRPC call; <c>Unauthenticated</c> when there is none.</summary>
    public static CallerIdentity Caller(this ServerCallContext context) =>
        CallerIdentity.From(context.GetHttpContext().User)
        ?? throw new RpcException(new Status(StatusCode.Unauthenticated, "A bearer token with subject and org claims is required."));
}
