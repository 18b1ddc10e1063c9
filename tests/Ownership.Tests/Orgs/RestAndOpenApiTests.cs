using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Crewline.Ownership.Tests.Orgs;

[Collection(OwnershipCollection.Name)]
public sealed class RestAndOpenApiTests(OwnershipFixture fixture)
{
    [Fact]
    public async Task The_org_and_project_RPCs_are_served_as_REST_and_described_in_the_OpenAPI_document()
    {
        var org = Guid.NewGuid();
        var http = fixture.Service.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Service.TokenFor("rest-pm", org));

        var refused = await http.PutAsJsonAsync("/v1/ownership/org", new { name = "REST Agency", industryPreset = "INDUSTRY_PRESET_ADVERTISING" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode); // PermissionDenied: not yet the org's admin
        var person = await http.PostAsJsonAsync("/v1/ownership/people", new { name = "Rae", email = "rae@example.com", subject = "rest-pm" });
        Assert.Equal(HttpStatusCode.OK, person.StatusCode);
        var added = await person.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ORG_ROLE_ADMIN", added.GetProperty("orgRole").GetString());
        var configured = await http.PutAsJsonAsync("/v1/ownership/org", new { name = "REST Agency", industryPreset = "INDUSTRY_PRESET_ADVERTISING" });
        Assert.Equal(HttpStatusCode.OK, configured.StatusCode);
        var personId = added.GetProperty("personId").GetString();
        var lastAdmin = await http.PostAsJsonAsync($"/v1/ownership/people/{personId}:setOrgRole", new { orgRole = "ORG_ROLE_MEMBER" });
        Assert.Equal(HttpStatusCode.BadRequest, lastAdmin.StatusCode); // FailedPrecondition (R-ACCESS-1) over REST
        Assert.Contains("R-ACCESS-1", await lastAdmin.Content.ReadAsStringAsync());
        var project = await http.PostAsJsonAsync("/v1/ownership/projects",
            new { name = "REST spot", type = "PROJECT_TYPE_FILM", creatorRoles = new[] { "PROJECT_ROLE_PROJECT_MANAGER" } });
        Assert.Equal(HttpStatusCode.OK, project.StatusCode);
        var projectId = (await project.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("projectId").GetString();

        var kickoff = await http.GetFromJsonAsync<JsonElement>($"/v1/ownership/projects/{projectId}/kickoff");
        Assert.False(kickoff.TryGetProperty("ready", out var ready) && ready.GetBoolean());
        var start = await http.PostAsJsonAsync($"/v1/ownership/projects/{projectId}:start", new { });
        Assert.Equal(HttpStatusCode.BadRequest, start.StatusCode); // FailedPrecondition (R-KICK-1) over REST
        var refusal = await start.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("R-KICK-1", refusal.GetProperty("message").GetString());
        var preconditionFailure = Assert.Single(refusal.GetProperty("details").EnumerateArray(),
            d => d.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.PreconditionFailure");
        Assert.Contains(preconditionFailure.GetProperty("violations").EnumerateArray(),
            v => v.GetProperty("type").GetString() == "R-KICK-1" && v.GetProperty("subject").GetString() == "spoc");

        var anonymous = fixture.Service.CreateClient();
        var document = await anonymous.GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/v1/ownership/org", "/v1/ownership/people/me", "/v1/ownership/functions",
                     "/v1/ownership/projects/{projectId}/matrix", "/v1/ownership/projects/{projectId}:start", "/v1/ownership/projects/{projectId}/closeout" })
            Assert.True(document.Contains($"\"{path}\""), $"{path} missing from: {string.Join(", ", JsonDocument.Parse(document).RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name))}");
        var schemas = JsonDocument.Parse(document).RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToList();
        Assert.Contains("crewline.ownership.v1.Spoc", schemas); // ids by full proto name: no clash with crewline.clientcomms.v1.Spoc
        Assert.Contains("crewline.common.v1.ProjectRole", schemas);
        Assert.Contains("crewline.common.v1.Finding", schemas);
    }
}
