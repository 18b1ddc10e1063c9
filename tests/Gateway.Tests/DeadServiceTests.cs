using System.Net;
using Crewline.Contracts.Reporting.V1;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.Gateway.Tests;

/// <summary>A service that is down: the gateway says so on /health and answers its calls at once.</summary>
public sealed class DeadServiceTests
{
    [Fact]
    public async Task A_gRPC_call_to_a_dead_service_is_Unavailable_well_before_the_callers_deadline()
    {
        await using var gateway = new GatewayFactory("Production", enableDevTokens: false);
        var client = new ReportingService.ReportingServiceClient(gateway.Channel(TestTokens.Valid()));

        var error = await RpcAssert.FailsWith(StatusCode.Unavailable, () => client.GetPortfolioAsync(
            new GetPortfolioRequest(), deadline: DateTime.UtcNow.AddSeconds(30)).ResponseAsync);

        Assert.Equal(Routing.UnavailableAnswer.Message, error.Status.Detail);
    }

    [Fact]
    public async Task A_REST_call_to_a_dead_service_is_503_with_Retry_After()
    {
        await using var gateway = new GatewayFactory("Production", enableDevTokens: false);
        using var http = gateway.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Valid());

        using var response = await http.GetAsync("/v1/reporting/portfolio");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("\"code\":14", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_names_every_service_the_gateway_cannot_reach()
    {
        await using var gateway = new GatewayFactory("Production", enableDevTokens: false);
        using var http = gateway.CreateClient();

        await Eventually.Until(async () => (await http.GetAsync("/health")).StatusCode == HttpStatusCode.ServiceUnavailable);

        using var response = await http.GetAsync("/health");
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("Unhealthy", text);
        foreach (var service in new[] { "ownership", "scopechanges", "clientcomms", "reporting" })
            Assert.Contains(service, text);
    }
}
