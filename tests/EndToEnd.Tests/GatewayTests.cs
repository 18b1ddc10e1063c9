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
        var anonymous = await http.GetAsync("/v1/ownership/projects");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        // Listing one's own projects needs no more than a token of the org.
        http.DefaultRequestHeaders.Authorization = new("Bearer", await suite.TokenAsync("head-of-production", Guid.NewGuid()));
        var authorised = await http.GetAsync("/v1/ownership/projects");
        Assert.Equal(HttpStatusCode.OK, authorised.StatusCode);
    }

    [Fact]
    public async Task Health_is_anonymous()
    {
        using var http = suite.GatewayHttp();
        Assert.Equal("Healthy", await http.GetStringAsync("/health"));
    }

    /// <summary>Schemas that come from Google's common protos (documented upstream, not here): ids by full proto name.</summary>
    private static bool IsGoogleSchema(string id) => id.StartsWith("google.", StringComparison.Ordinal);

    [Fact]
    public async Task Every_route_of_the_openapi_document_has_a_summary_and_every_field_a_description()
    {
        using var http = suite.GatewayHttp();
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!;

        var undocumentedRoutes = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Route: $"{op.Key.ToUpperInvariant()} {path.Key}", Op: op.Value!)))
            .Where(r => string.IsNullOrWhiteSpace(r.Op["summary"]?.GetValue<string>()) && string.IsNullOrWhiteSpace(r.Op["description"]?.GetValue<string>()))
            .Select(r => r.Route).ToList();
        var undocumentedFields = document["components"]!["schemas"]!.AsObject()
            .Where(schema => !IsGoogleSchema(schema.Key))
            .SelectMany(schema => (schema.Value!["properties"]?.AsObject() ?? [])
                .Where(p => p.Value!["description"] is null && p.Value["$ref"] is null && p.Value["allOf"] is null)
                .Select(p => $"{schema.Key}.{p.Key}"))
            .ToList();

        foreach (var route in new[] { "/v1/ownership/org-design/advice", "/v1/ownership/projects/{projectId}/decisions", "/v1/ownership/projects/{projectId}/plan", "/v1/ownership/people" })
            Assert.True(document["paths"]![route] is not null, $"{route} is missing from the gateway's OpenAPI document");
        Assert.Empty(undocumentedRoutes);
        Assert.Empty(undocumentedFields);
    }

    [Fact]
    public async Task Schemas_are_named_by_full_proto_name_so_the_two_Spoc_messages_stay_distinct()
    {
        using var http = suite.GatewayHttp();
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]!["schemas"]!.AsObject();

        var ownershipSpoc = schemas["crewline.ownership.v1.Spoc"]?["properties"]?.AsObject();
        var clientCommsSpoc = schemas["crewline.clientcomms.v1.Spoc"]?["properties"]?.AsObject();
        Assert.NotNull(ownershipSpoc);
        Assert.NotNull(clientCommsSpoc);
        Assert.False(ownershipSpoc.ContainsKey("proposedRole"));
        Assert.True(clientCommsSpoc.ContainsKey("proposedRole"));
        Assert.NotNull(schemas["crewline.common.v1.ProjectRole"]);
        Assert.DoesNotContain(schemas, s => s.Key == "Spoc" || s.Key == "ProjectRole");
        var clientCommsRoute = document["paths"]!["/v1/clientcomms/projects/{projectId}/spoc"]!["get"]!.ToJsonString();
        Assert.Contains("#/components/schemas/crewline.clientcomms.v1.Spoc", clientCommsRoute);
    }
}
