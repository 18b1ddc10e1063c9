using Google.Rpc;
using Grpc.Core;
using Xunit;

namespace Crewline.TestSupport;

/// <summary>Asserts on gRPC errors: the status code, and for InvalidArgument the field its BadRequest detail names.</summary>
public static class RpcAssert
{
    public static async Task<RpcException> FailsWith(StatusCode code, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(code, error.StatusCode);
        return error;
    }

    /// <summary>The call is InvalidArgument and its google.rpc.BadRequest detail names <paramref name="field"/>.</summary>
    public static async Task<BadRequest.Types.FieldViolation> InvalidArgumentOn(string field, Func<Task> call)
    {
        var error = await FailsWith(StatusCode.InvalidArgument, call);
        var badRequest = error.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.True(badRequest is not null, $"InvalidArgument without a BadRequest detail: {error.Status.Detail}");
        return Assert.Single(badRequest.FieldViolations, v => v.Field == field);
    }
}
