using System.Collections.Concurrent;
using System.Net;
using Crewline.EndToEnd.Tests.Tracing.Otlp;
using Crewline.TestSupport;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Logs = Crewline.EndToEnd.Tests.Tracing.Otlp.Logs;
using Metrics = Crewline.EndToEnd.Tests.Tracing.Otlp.Metrics;

namespace Crewline.EndToEnd.Tests.Tracing;

/// <summary>
/// A tiny OTLP/gRPC collector for the suite's services to export to (<see cref="Endpoint"/>):
/// it keeps every span it receives, with the exporting service's <c>service.name</c>.
/// </summary>
public sealed class OtlpTraceReceiver : IAsyncDisposable
{
    private readonly PortLease _port = FreePorts.Reserve();
    private readonly WebApplication _app;

    public OtlpTraceReceiver()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, _port.Port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(Spans);
        _app = builder.Build();
        _app.MapGrpcService<TraceExport>();
        _app.MapGrpcService<MetricsExport>();
        _app.MapGrpcService<LogsExport>();
    }

    /// <summary>The OTLP/gRPC endpoint (h2c) to put in <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public string Endpoint => $"http://127.0.0.1:{_port.Port}";

    public ReceivedSpans Spans { get; } = new();

    public Task StartAsync() => _app.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _port.Dispose();
    }

    private sealed class TraceExport(ReceivedSpans spans) : TraceService.TraceServiceBase
    {
        public override Task<ExportTraceServiceResponse> Export(ExportTraceServiceRequest request, ServerCallContext context)
        {
            foreach (var resource in request.ResourceSpans)
            {
                var service = resource.Resource?.Attributes.FirstOrDefault(a => a.Key == "service.name")?.Value?.StringValue ?? "";
                foreach (var span in resource.ScopeSpans.SelectMany(s => s.Spans.Select(span => (Scope: s.Scope?.Name ?? "", Span: span))))
                    spans.Add(new ReceivedSpan(service, span.Scope, Hex(span.Span.TraceId), Hex(span.Span.SpanId), Hex(span.Span.ParentSpanId), span.Span.Name, span.Span.Kind));
            }
            return Task.FromResult(new ExportTraceServiceResponse());
        }

        private static string Hex(Google.Protobuf.ByteString bytes) => Convert.ToHexStringLower(bytes.Span);
    }

    private sealed class MetricsExport : Metrics.MetricsService.MetricsServiceBase
    {
        public override Task<Metrics.ExportMetricsServiceResponse> Export(Metrics.ExportMetricsServiceRequest request, ServerCallContext context) =>
            Task.FromResult(new Metrics.ExportMetricsServiceResponse());
    }

    private sealed class LogsExport : Logs.LogsService.LogsServiceBase
    {
        public override Task<Logs.ExportLogsServiceResponse> Export(Logs.ExportLogsServiceRequest request, ServerCallContext context) =>
            Task.FromResult(new Logs.ExportLogsServiceResponse());
    }
}

/// <summary>One span as exported: the service that made it, its instrumentation scope, ids (lower-case hex), name and kind.</summary>
public sealed record ReceivedSpan(string Service, string Scope, string TraceId, string SpanId, string ParentSpanId, string Name, SpanKind Kind)
{
    public override string ToString() => $"{Service} {Kind} '{Name}' ({Scope}) {SpanId} <- {ParentSpanId}";
}

public sealed class ReceivedSpans
{
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();

    public void Add(ReceivedSpan span) => _spans.Enqueue(span);

    public IReadOnlyList<ReceivedSpan> InTrace(string traceId) => [.. _spans.Where(s => s.TraceId == traceId)];

    public IReadOnlyList<ReceivedSpan> All => [.. _spans];
}
