using Crewline.ServiceDefaults.Http;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Crewline.BuildingBlocks.Overload;

/// <summary>
/// Answers a caller may retry: the status with a google.rpc.RetryInfo detail (how long to wait) and
/// the <c>grpc-retry-pushback-ms</c> trailer gRPC retry policies read. Over REST, JSON transcoding
/// turns <c>ResourceExhausted</c> into 429 and <c>Unavailable</c> into 503, both with Retry-After.
/// </summary>
public static class RetryHint
{
    public const string PushbackTrailer = "grpc-retry-pushback-ms";

    /// <summary>Where gRPC carries the google.rpc.Status with its details.</summary>
    public const string StatusDetailsTrailer = "grpc-status-details-bin";

    /// <summary>The service is past its capacity: <c>ResourceExhausted</c>, retry after <see cref="RetryAfterSetup.RetryAfterSeconds"/>.</summary>
    public static RpcException Overloaded() =>
        Retryable(Code.ResourceExhausted, "The service is at capacity; retry shortly.");

    /// <summary>A server the service depends on is briefly gone: <c>Unavailable</c>, retry after <see cref="RetryAfterSetup.RetryAfterSeconds"/>.</summary>
    public static RpcException DependencyUnavailable() =>
        Retryable(Code.Unavailable, "A server this service depends on is briefly unavailable; retry shortly.");

    private static RpcException Retryable(Code code, string message)
    {
        var delay = TimeSpan.FromSeconds(RetryAfterSetup.RetryAfterSeconds);
        var status = new Google.Rpc.Status
        {
            Code = (int)code,
            Message = message,
            Details = { Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(delay) }) },
        };
        var pushback = ((long)delay.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var trailers = new Metadata
        {
            { StatusDetailsTrailer, status.ToByteArray() },
            { PushbackTrailer, pushback },
        };
        return new RpcException(new Grpc.Core.Status((StatusCode)status.Code, status.Message), trailers);
    }
}
