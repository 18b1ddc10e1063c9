using Crewline.ServiceDefaults.Http;
using Google.Protobuf;
using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Forwarder;

namespace Crewline.Gateway.Routing;

/// <summary>
/// When the gateway cannot get an answer from a service (none alive, connection refused or
/// reset, no response in time), it answers cleanly: gRPC callers get status
/// <c>UNAVAILABLE</c> (14) with a retry hint (a google.rpc.RetryInfo detail and the
/// <c>grpc-retry-pushback-ms</c> trailer, as the services' own retryable answers), REST callers 503
/// with <c>Retry-After</c> and a google.rpc.Status body.
/// </summary>
public static class UnavailableAnswer
{
    public const string Message = "The service is not reachable right now; retry shortly.";

    public static IApplicationBuilder UseUnavailableAnswer(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Features.Get<IForwarderErrorFeature>() is not { } error || context.Response.HasStarted) return;
            if (error.Error is ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled or ForwarderError.ResponseBodyCanceled) return;
            await WriteAsync(context);
        });

    /// <summary>The google.rpc.Status of the answer (code, message, RetryInfo), base64 as gRPC's binary headers are.</summary>
    private static readonly string StatusDetails = Convert.ToBase64String(new Google.Rpc.Status
    {
        Code = (int)Google.Rpc.Code.Unavailable,
        Message = Message,
        Details =
        {
            Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.RetryInfo
            {
                RetryDelay = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(RetryAfterSetup.RetryAfterSeconds)),
            }),
        },
    }.ToByteArray()).TrimEnd('=');

    private static Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.Clear();
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            // A trailers-only gRPC response: HTTP 200 with the status in the headers.
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/grpc";
            response.Headers["grpc-status"] = "14";
            response.Headers["grpc-message"] = Uri.EscapeDataString(Message);
            response.Headers["grpc-status-details-bin"] = StatusDetails;
            response.Headers["grpc-retry-pushback-ms"] = (RetryAfterSetup.RetryAfterSeconds * 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers[HeaderNames.RetryAfter] = RetryAfterSetup.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return response.WriteAsJsonAsync(new { code = 14, message = Message, details = Array.Empty<object>() });
    }
}
