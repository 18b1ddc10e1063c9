using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Crewline.EndToEnd.Tests.Tracing;

public static class SuiteTelemetry
{
    /// <summary>Points every service of the suite at <paramref name="receiver"/> (OTLP/gRPC), exporting spans every 500 ms, every trace recorded.</summary>
    public static IDistributedApplicationTestingBuilder ExportTelemetryTo(this IDistributedApplicationTestingBuilder builder, OtlpTraceReceiver receiver)
    {
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.Endpoint)
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc")
                .WithEnvironment("OTEL_SERVICE_NAME", project.Name)
                .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "500")
                .WithEnvironment("Telemetry__TraceSampleRatio", "1");
        }
        return builder;
    }
}
