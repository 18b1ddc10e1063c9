using System.Diagnostics;
using System.Net.Http.Json;
using Crewline.Contracts;
using Crewline.EndToEnd.Tests.Tracing.Otlp;
using Crewline.TestSupport;

namespace Crewline.EndToEnd.Tests.Tracing;

/// <summary>What the suite exports for one request: one trace from the gateway through the outbox to the consumers.</summary>
[Collection(SuiteCollection.Name)]
public sealed class OneTracePerRequestTests(SuiteFixture suite)
{
    [Fact]
    public async Task A_rest_create_through_the_gateway_is_one_trace_from_the_gateway_through_the_outbox_to_the_consumer_in_reporting()
    {
        var org = Guid.NewGuid();
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var http = suite.GatewayHttp();
        http.DefaultRequestHeaders.Authorization = new("Bearer", await suite.TokenAsync("pm-traced", org));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/ownership/projects")
        {
            Content = JsonContent.Create(new { name = "Traced launch film", type = "PROJECT_TYPE_FILM" }),
        };
        // The caller's own trace context: everything the request causes must continue this trace.
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

        // Each process exports its spans in batches of its own (every few seconds): wait until every
        // process's part of the trace has arrived, not just the last hop's.
        await Eventually.Until(() => Task.FromResult(suite.Telemetry.Spans.InTrace(traceId) is var arrived
            && arrived.Any(s => s.Service == ResourceNames.Reporting && s.Kind == SpanKind.Consumer)
            && arrived.Any(s => s.Service == ResourceNames.Gateway && s.Kind == SpanKind.Server)
            && arrived.Any(s => s.Service == ResourceNames.Ownership && s.Kind == SpanKind.Producer)));
        var spans = suite.Telemetry.Spans.InTrace(traceId);
        var described = string.Join('\n', spans);
        Assert.True(spans.Any(s => s.Service == ResourceNames.Gateway && s.Kind == SpanKind.Server), described);
        Assert.True(spans.Any(s => s.Service == ResourceNames.Ownership && s.Kind == SpanKind.Server), described);
        var publish = Assert.Single(spans, s => s.Service == ResourceNames.Ownership && s.Name == "outbox publish ProjectCreated");
        Assert.True(spans.Any(s => s.Service == ResourceNames.Ownership && s.Kind == SpanKind.Producer && s.ParentSpanId == publish.SpanId), described);
        Assert.True(spans.Any(s => s.Service == ResourceNames.Reporting && s.Kind == SpanKind.Consumer), described);
    }
}
