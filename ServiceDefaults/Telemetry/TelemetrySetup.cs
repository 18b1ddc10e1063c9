using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Crewline.ServiceDefaults.Telemetry;

public static class TelemetrySetup
{
    /// <summary>MassTransit's ActivitySource and Meter name.</summary>
    public const string MassTransitSource = "MassTransit";

    /// <summary>The ActivitySource and Meter of Crewline's own code (outbox, inbox).</summary>
    public const string CrewlineSource = "Crewline";

    /// <summary>The share of new traces recorded (0 to 1); a trace continued from a caller follows the caller's decision.</summary>
    public const string TraceSampleRatioSetting = "Telemetry:TraceSampleRatio";

    /// <summary>One trace in ten: enough to see where time goes, at a tenth of the cost of tracing every request.</summary>
    public const double DefaultTraceSampleRatio = 0.1;

    /// <summary>
    /// Parent-based: a request that arrives with a trace context (the gateway's call, a consumed
    /// message, an outbox publish) is recorded exactly when its parent was, so a trace is whole or
    /// absent across every service; a new trace is recorded with <paramref name="ratio"/>.
    /// </summary>
    public static Sampler Sampler(double ratio) => new ParentBasedSampler(new TraceIdRatioBasedSampler(Math.Clamp(ratio, 0, 1)));

    public static TBuilder AddCrewlineTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(MassTransitSource, CrewlineSource))
            .WithTracing(tracing => tracing
                .SetSampler(Sampler(builder.Configuration.GetValue<double?>(TraceSampleRatioSetting) ?? DefaultTraceSampleRatio))
                .AddSource(builder.Environment.ApplicationName)
                .AddAspNetCoreInstrumentation(o =>
                    o.Filter = ctx => !ctx.Request.Path.StartsWithSegments(ServiceDefaultsExtensions.HealthPath)
                                      && !ctx.Request.Path.StartsWithSegments(ServiceDefaultsExtensions.AlivePath))
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(MassTransitSource, CrewlineSource));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // Spans and log records leave in batches (OpenTelemetry's batch processors: a batch of up
            // to 512 every 5 s, at most 2048 queued, the excess dropped rather than slowing requests);
            // OTEL_BSP_* / OTEL_BLRP_* override them (the Aspire AppHost sets a 1 s delay for its dashboard).
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }
}
