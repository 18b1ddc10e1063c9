using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Crewline.Ownership.Tests.Orgs;

/// <summary>
/// Bad input over REST that JSON transcoding would reject before the service runs: answered like
/// every other bad input (InvalidArgument, a google.rpc.BadRequest detail naming the field), with
/// no .NET type name in the answer, and nothing stored.
/// </summary>
[Collection(OwnershipCollection.Name)]
public sealed class RestBadInputTests(OwnershipFixture fixture)
{
    public static TheoryData<string, string, string, string> BadRequests => new()
    {
        { "POST", "/v1/ownership/projects", """{"name":"Spot","type":"PROJECT_TYPE_OPERA"}""", "type" },
        { "POST", "/v1/ownership/projects", """{"name":"Spot","type":"PROJECT_TYPE_FILM","creatorRoles":["PROJECT_ROLE_CLIENT"]}""", "creator_roles[0]" },
        { "POST", "/v1/ownership/projects", """{"name":42,"type":"PROJECT_TYPE_FILM"}""", "name" },
        { "POST", "/v1/ownership/projects", """{"name":"Spot","type":"PROJECT_TYPE_FILM","colour":"red"}""", "colour" },
        { "POST", "/v1/ownership/projects", """{"name":"Spot",""", "body" },
        { "GET", "/v1/ownership/people?pageSize=lots", "", "page_size" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task An_unparsable_field_over_REST_is_InvalidArgument_with_a_BadRequest_naming_it_and_no_internal_type_names(
        string method, string path, string body, string field)
    {
        var org = Guid.NewGuid();
        var http = fixture.Service.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Service.TokenFor("rest-caller", org));

        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Crewline.", text);
        Assert.DoesNotContain("System.", text);
        var status = JsonDocument.Parse(text).RootElement;
        Assert.Equal(3, status.GetProperty("code").GetInt32()); // INVALID_ARGUMENT
        var badRequest = Assert.Single(status.GetProperty("details").EnumerateArray(),
            d => d.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.BadRequest");
        Assert.Contains(badRequest.GetProperty("fieldViolations").EnumerateArray(), v => v.GetProperty("field").GetString() == field);
        Assert.Empty(await fixture.ProjectsOfAsync(org));
    }

    [Fact]
    public async Task An_unknown_enum_value_names_the_values_the_field_accepts()
    {
        var http = fixture.Service.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Service.TokenFor("rest-caller", Guid.NewGuid()));

        var response = await http.PostAsJsonAsync("/v1/ownership/projects", new { name = "Spot", type = "PROJECT_TYPE_OPERA" });

        var violation = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("details")[0].GetProperty("fieldViolations")[0];
        Assert.Equal("type", violation.GetProperty("field").GetString());
        Assert.Contains("PROJECT_TYPE_FILM", violation.GetProperty("description").GetString());
    }
}
