using System.Net;
using System.Text.Json.Nodes;
using Crewline.Contracts;

namespace Crewline.EndToEnd.Tests;

/// <summary>The gateway's own surface: anonymous health and OpenAPI, token-guarded REST.</summary>
[Collection(SuiteCollection.Name)]
public sealed class GatewayTests(SuiteFixture suite)
{
    [Fact]
    public async Task The_openapi_document_is_anonymous_and_lists_every_services_routes()
    {
        using var http = suite.GatewayHttp();
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var (service, _) in ResourceNames.Services)
            Assert.Contains(paths, p => p.StartsWith($"/v1/{service}/", StringComparison.Ordinal));
        Assert.Empty(document["x-crewline-unavailable"]!.AsArray());
    }

    [Fact]
    public async Task Rest_calls_need_a_token_and_work_with_one()
    {
        using var http = suite.GatewayHttp();
        var anonymous = await http.GetAsync("/v1/reporting/portfolio");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        http.DefaultRequestHeaders.Authorization = new("Bearer", await suite.TokenAsync("head-of-production", Guid.NewGuid()));
        var authorised = await http.GetAsync("/v1/reporting/portfolio");
        Assert.Equal(HttpStatusCode.OK, authorised.StatusCode);
    }

    [Fact]
    public async Task Health_is_anonymous()
    {
        using var http = suite.GatewayHttp();
        Assert.Equal("Healthy", await http.GetStringAsync("/health"));
    }
}
