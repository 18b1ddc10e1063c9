using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Crewline.ServiceDefaults.Http;

public static class RetryAfterSetup
{
    /// <summary>
    /// Seconds a caller is told to wait before retrying a 429 or 503 (REST: Retry-After; gRPC: a
    /// google.rpc.RetryInfo detail and the grpc-retry-pushback-ms trailer).
    /// </summary>
    public const int RetryAfterSeconds = 1;

    /// <summary>
    /// Every HTTP 503 (a transient database or broker failure answered <c>Unavailable</c>, or a
    /// service the gateway cannot reach) and every 429 (a service past its capacity answered
    /// <c>ResourceExhausted</c>) carries <c>Retry-After</c>, so REST callers know to retry and when.
    /// </summary>
    public static IApplicationBuilder UseRetryAfterWhenUnavailable(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                if (response.StatusCode is StatusCodes.Status503ServiceUnavailable or StatusCodes.Status429TooManyRequests
                    && !response.Headers.ContainsKey(HeaderNames.RetryAfter))
                    response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await next(context);
        });
}
