using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;

namespace Crewline.Ownership.Tests.Projects;

[Collection(OwnershipCollection.Name)]
public sealed class ListProjectsTests(OwnershipFixture fixture)
{
    [Fact]
    public async Task ListProjects_pages_the_callers_projects_newest_first_and_all_org_projects_on_request()
    {
        var org = Guid.NewGuid();
        var token = fixture.Service.TokenFor("lister", org);
        var people = new OrgService.OrgServiceClient(fixture.Service.CreateChannel(token));
        await people.AddPersonAsync(new AddPersonRequest { Name = "Lee Lister", Email = "lee@example.com", Subject = "lister" });
        var projects = fixture.Client(token);
        var mine = new List<string>();
        foreach (var name in new[] { "First", "Second", "Third" })
            mine.Add((await projects.CreateProjectAsync(new CreateProjectRequest
                { Name = name, Type = ProjectType.Film, CreatorRoles = { ProjectRole.ProjectManager } })).ProjectId);
        var notMine = (await projects.CreateProjectAsync(new CreateProjectRequest { Name = "Roleless", Type = ProjectType.Film })).ProjectId;
        var (_, stranger) = fixture.NewOrgCaller("stranger");
        await stranger.CreateProjectAsync(new CreateProjectRequest { Name = "Other org", Type = ProjectType.Film });

        var first = await projects.ListProjectsAsync(new ListProjectsRequest { PageSize = 2 });
        var second = await projects.ListProjectsAsync(new ListProjectsRequest { PageSize = 2, PageToken = first.NextPageToken });
        var all = await projects.ListProjectsAsync(new ListProjectsRequest { AllOrgProjects = true });

        Assert.Equal(2, first.Projects.Count);
        Assert.NotEmpty(first.NextPageToken);
        Assert.Empty(second.NextPageToken);
        var paged = first.Projects.Concat(second.Projects).ToList();
        Assert.Equal(paged.OrderByDescending(p => p.CreatedAt.ToDateTimeOffset()).ThenByDescending(p => p.ProjectId, StringComparer.Ordinal).Select(p => p.ProjectId),
            paged.Select(p => p.ProjectId));
        Assert.Equal(mine.Order(), paged.Select(p => p.ProjectId).Order());
        Assert.Equal(mine.Append(notMine).Order(), all.Projects.Select(p => p.ProjectId).Order());
        Assert.All(all.Projects, p => Assert.Equal(org.ToString(), p.OrgId));
    }

    [Fact]
    public async Task A_caller_who_is_not_a_person_of_the_org_has_no_projects_of_their_own_and_bad_paging_is_InvalidArgument()
    {
        var (_, client) = fixture.NewOrgCaller("nobody");
        await client.CreateProjectAsync(new CreateProjectRequest { Name = "Orphan", Type = ProjectType.Film });

        Assert.Empty((await client.ListProjectsAsync(new ListProjectsRequest())).Projects);
        Assert.Single((await client.ListProjectsAsync(new ListProjectsRequest { AllOrgProjects = true })).Projects);
        await RpcAssert.InvalidArgumentOn("page_size", () => client.ListProjectsAsync(new ListProjectsRequest { PageSize = 201 }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("page_token", () => client.ListProjectsAsync(new ListProjectsRequest { PageToken = "not-a-token" }).ResponseAsync);
    }

    [Fact]
    public async Task ListProjects_is_served_over_REST()
    {
        var org = Guid.NewGuid();
        var http = fixture.Service.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Service.TokenFor("rest-lister", org));
        var created = await http.PostAsJsonAsync("/v1/ownership/projects", new { name = "REST listed", type = "PROJECT_TYPE_FILM" });
        created.EnsureSuccessStatusCode();

        var listed = await http.GetFromJsonAsync<JsonElement>("/v1/ownership/projects?allOrgProjects=true&pageSize=10");

        Assert.Equal("REST listed", Assert.Single(listed.GetProperty("projects").EnumerateArray()).GetProperty("name").GetString());
    }
}
