using System.Net;
using System.Net.Http.Headers;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.Ownership.Tests;

/// <summary>Its own servers: this collection stops PostgreSQL, which no other test should see.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseOutageCollection : ICollectionFixture<OwnershipFixture>
{
    public const string Name = "ownership service while its PostgreSQL restarts";
}

[Collection(DatabaseOutageCollection.Name)]
public sealed class DatabaseOutageTests(OwnershipFixture fixture)
{
    [Fact]
    public async Task While_PostgreSQL_is_down_calls_answer_Unavailable_and_REST_503_with_Retry_After_then_OK_once_it_is_back()
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await client.CreateProjectAsync(new CreateProjectRequest { Name = "Outage spot", Type = ProjectType.Film });
        using var rest = fixture.Service.CreateClient();
        rest.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Service.TokenFor("pm-alex", org));

        await fixture.Postgres.StopAsync();
        try
        {
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => client.GetProjectAsync(new GetProjectRequest { ProjectId = project.ProjectId }).ResponseAsync);
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => client.CreateProjectAsync(
                new CreateProjectRequest { Name = "Refused spot", Type = ProjectType.Film }).ResponseAsync);

            using var response = await rest.GetAsync($"/v1/ownership/projects/{project.ProjectId}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.DoesNotContain("127.0.0.1", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            await fixture.Postgres.StartAsync();
        }

        await Eventually.Until(async () =>
        {
            try
            {
                return (await client.GetProjectAsync(new GetProjectRequest { ProjectId = project.ProjectId })).Name == "Outage spot";
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Unavailable)
            {
                return false; // pooled connections of the stopped server are found broken one by one
            }
        });
        Assert.Single(await fixture.ProjectsOfAsync(org));
    }
}
