using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Crewline.ServiceDefaults.Http;

public static class RetryAfterSetup
{
    /// <summary>Seconds a REST caller is told to wait before retrying a 503 (gRPC callers retry <c>Unavailable</c> on their own policy).</summary>
    public const int RetryAfterSeconds = 1;

    /// <summary>
    /// Every HTTP 503 (a transient database or broker failure answered <c>Unavailable</c>, or a
    /// service the gateway cannot reach) carries <c>Retry-After</c>, so REST callers know to retry.
    /// </summary>
    public static IApplicationBuilder UseRetryAfterWhenUnavailable(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                if (response.StatusCode == StatusCodes.Status503ServiceUnavailable && !response.Headers.ContainsKey(HeaderNames.RetryAfter))
                    response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await next(context);
        });
}
