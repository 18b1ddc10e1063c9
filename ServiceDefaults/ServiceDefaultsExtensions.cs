using Crewline.ServiceDefaults.Auth;
using Crewline.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crewline.ServiceDefaults;

/// <summary>
/// What every Crewline process gets: telemetry, health, service discovery,
/// HTTP resilience and token authentication.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public const string LiveTag = "live";
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";

    /// <summary>
    /// gRPC's server logs every non-OK status at Information ("Error status code 'NotFound' raised"). The
    /// services' error interceptor already logs each refusal with its method and detail, so this second
    /// line per refused call is noise, and under load (a probe, a poller asking for what is not there)
    /// a console write per call costs more CPU than the call. Warnings and errors still show.
    /// </summary>
    public const string GrpcCallHandlerCategory = "Grpc.AspNetCore.Server.ServerCallHandler";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddCrewlineTelemetry();
        builder.Logging.AddFilter(GrpcCallHandlerCategory, LogLevel.Warning);

        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.AddCrewlineAuthentication();
        return builder;
    }

    /// <summary>
    /// Maps <c>/health</c> (every check: 200 "Healthy", else 503 with one line per failing check
    /// saying what is wrong) and <c>/alive</c> (liveness only), both anonymous.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPath, new HealthCheckOptions
        {
            ResponseWriter = WriteStatusAndProblems,
            // Degraded (e.g. the broker is away: reads and writes still work) is not ready either.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag) })
            .AllowAnonymous();
        return app;
    }

    private static Task WriteStatusAndProblems(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var problems = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"\n{e.Key}: {e.Value.Status} {e.Value.Description}".TrimEnd());
        return context.Response.WriteAsync(report.Status + string.Concat(problems));
    }
}
