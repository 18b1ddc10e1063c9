using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Crewline.Ownership.Domain.Functions;
using Crewline.ServiceDefaults.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Ownership.Tests.Decisions;

/// <summary>The REST face (JSON transcoding) of the decision and crisis services, and their OpenAPI document.</summary>
[Collection(OwnershipCollection.Name)]
public sealed class DecisionsRestTests(OwnershipFixture fixture)
{
    private static HttpClient Rest(TestProject p, string subject)
    {
        var http = p.Host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", p.Host.Services.GetRequiredService<DevTokenIssuer>().Issue(subject, p.Org));
        return http;
    }

    [Fact]
    public async Task R_ROUTE_4_decisions_are_recorded_listed_and_exported_over_REST()
    {
        var p = await DecisionProjects.CreateAsync(fixture);
        var http = Rest(p, "producer");

        var post = await http.PostAsJsonAsync($"/v1/ownership/projects/{p.Id}/decisions", new
        {
            functionKey = FunctionKeys.InternalCapacity,
            what = "Borrow a designer for two days",
            why = "The shoot needs storyboards",
            briefedRoles = new[] { "PROJECT_ROLE_PROJECT_MANAGER" },
        });
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var decision = JsonDocument.Parse(await post.Content.ReadAsStringAsync()).RootElement;
        Assert.True(decision.GetProperty("isOverride").GetBoolean()); // R-ROUTE-2: the PM owns internal capacity

        var list = JsonDocument.Parse(await http.GetStringAsync($"/v1/ownership/projects/{p.Id}/decisions?pageSize=10")).RootElement;
        Assert.Equal(decision.GetProperty("decisionId").GetString(), list.GetProperty("decisions")[0].GetProperty("decisionId").GetString());

        var export = JsonDocument.Parse(await http.GetStringAsync($"/v1/ownership/projects/{p.Id}/decisions:export?format=EXPORT_FORMAT_CSV")).RootElement;
        Assert.Equal("text/csv", export.GetProperty("contentType").GetString());
        Assert.Contains("Borrow a designer for two days", export.GetProperty("content").GetString());

        var route = JsonDocument.Parse(await http.GetStringAsync(
            $"/v1/ownership/projects/{p.Id}/decision-route?category=DECISION_CATEGORY_SHOOT_DATE_MOVE")).RootElement;
        Assert.True(route.GetProperty("leadershipJointly").GetBoolean());

        var bad = await http.PostAsJsonAsync($"/v1/ownership/projects/{p.Id}/decisions", new { functionKey = "no-such-function", what = "x", why = "y" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task R_CRISIS_1_a_crisis_is_opened_and_resolved_over_REST()
    {
        var p = await DecisionProjects.CreateAsync(fixture);

        var opened = await Rest(p, "pm").PostAsJsonAsync($"/v1/ownership/projects/{p.Id}/crises",
            new { source = "CRISIS_SOURCE_SHOOT_DAY_WEATHERED_OUT", description = "Storm on the shoot day" });
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var crisis = JsonDocument.Parse(await opened.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("PROJECT_ROLE_PRODUCER", crisis.GetProperty("leadRole").GetString());

        var id = crisis.GetProperty("crisisId").GetString();
        var resolved = await Rest(p, "producer").PostAsJsonAsync($"/v1/ownership/projects/{p.Id}/crises/{id}:resolve", new { resolution = "Moved to Thursday" });
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.False(JsonDocument.Parse(await resolved.Content.ReadAsStringAsync()).RootElement.GetProperty("open").GetBoolean());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_decision_and_crisis_routes()
    {
        var doc = await fixture.Service.CreateClient().GetStringAsync("/openapi/v1.json");
        var paths = JsonDocument.Parse(doc).RootElement.GetProperty("paths").EnumerateObject().Select(o => o.Name).ToList();

        foreach (var path in new[]
                 {
                     "/v1/ownership/projects/{projectId}/decisions", "/v1/ownership/projects/{projectId}/decision-route",
                     "/v1/ownership/projects/{projectId}/joint-escalations", "/v1/ownership/projects/{projectId}/hierarchy-findings",
                     "/v1/ownership/projects/{projectId}/crises",
                 })
            Assert.Contains(path, paths);
        Assert.Contains("R-ROUTE-4: the log is exportable", doc); // the RPC comments feed the document
    }
}
