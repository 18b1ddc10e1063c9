using Crewline.Contracts.ScopeChanges.V1;
using Crewline.TestSupport;

namespace Crewline.ScopeChanges.Tests;

[Collection(ScopeChangesCollection.Name)]
public sealed class ListChangeRequestsTests(ScopeChangesFixture fixture)
{
    private static async Task<List<ChangeRequest>> SubmitAsync(ScopeChangeService.ScopeChangeServiceClient client, Guid project, int count)
    {
        var submitted = new List<ChangeRequest>();
        for (var i = 1; i <= count; i++)
            submitted.Add(await client.SubmitChangeRequestAsync(new SubmitChangeRequestRequest { ProjectId = project.ToString(), Title = $"Change {i}" }));
        return submitted;
    }

    [Fact]
    public async Task ListChangeRequests_pages_newest_first_without_overlap_and_the_last_page_has_no_token()
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);
        var otherProject = await fixture.KnownProjectAsync(org);
        var submitted = await SubmitAsync(client, project, 3);
        await SubmitAsync(client, otherProject, 1);

        var first = await client.ListChangeRequestsAsync(new ListChangeRequestsRequest { ProjectId = project.ToString(), PageSize = 2 });
        Assert.Equal(2, first.ChangeRequests.Count);
        Assert.NotEmpty(first.NextPageToken);
        var second = await client.ListChangeRequestsAsync(new ListChangeRequestsRequest { ProjectId = project.ToString(), PageSize = 2, PageToken = first.NextPageToken });
        Assert.Single(second.ChangeRequests);
        Assert.Empty(second.NextPageToken);

        var all = first.ChangeRequests.Concat(second.ChangeRequests).ToList();
        Assert.Equal(all.Count, all.Select(c => c.ChangeRequestId).Distinct().Count());
        Assert.Equal(submitted.AsEnumerable().Reverse().Select(c => c.ChangeRequestId), all.Select(c => c.ChangeRequestId));
        Assert.Equal(submitted.AsEnumerable().Reverse(), all);
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.SubmittedAt.ToDateTimeOffset() >= p.Second.SubmittedAt.ToDateTimeOffset()));
    }

    [Fact]
    public async Task ListChangeRequests_with_the_default_page_size_returns_all_of_a_small_project_in_one_page()
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);
        var submitted = await SubmitAsync(client, project, 3);

        var page = await client.ListChangeRequestsAsync(new ListChangeRequestsRequest { ProjectId = project.ToString() });

        Assert.Equal(submitted.AsEnumerable().Reverse(), page.ChangeRequests);
        Assert.Empty(page.NextPageToken);
    }

    [Fact]
    public async Task ListChangeRequests_of_a_known_project_without_requests_is_an_empty_page()
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);

        var page = await client.ListChangeRequestsAsync(new ListChangeRequestsRequest { ProjectId = project.ToString() });

        Assert.Empty(page.ChangeRequests);
        Assert.Empty(page.NextPageToken);
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("bm90IGEgdG9rZW4=")] // base64 of "not a token"
    public async Task A_malformed_page_token_is_InvalidArgument_on_page_token(string token)
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);

        await RpcAssert.InvalidArgumentOn("page_token", () => client.ListChangeRequestsAsync(
            new ListChangeRequestsRequest { ProjectId = project.ToString(), PageToken = token }).ResponseAsync);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(201)]
    public async Task A_page_size_outside_0_to_200_is_InvalidArgument_on_page_size(int size)
    {
        var (org, client) = fixture.NewOrgCaller();
        var project = await fixture.KnownProjectAsync(org);

        await RpcAssert.InvalidArgumentOn("page_size", () => client.ListChangeRequestsAsync(
            new ListChangeRequestsRequest { ProjectId = project.ToString(), PageSize = size }).ResponseAsync);
    }

    [Fact]
    public async Task ListChangeRequests_of_an_unknown_project_is_NotFound_and_of_a_malformed_id_is_InvalidArgument_on_project_id()
    {
        var (_, client) = fixture.NewOrgCaller();

        await RpcAssert.FailsWith(Grpc.Core.StatusCode.NotFound, () =>
            client.ListChangeRequestsAsync(new ListChangeRequestsRequest { ProjectId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("project_id", () =>
            client.ListChangeRequestsAsync(new ListChangeRequestsRequest { ProjectId = "not-a-uuid" }).ResponseAsync);
    }
}
