using Crewline.Contracts.Reporting.V1;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.Reporting.Tests;

[Collection(ReportingCollection.Name)]
public sealed class ProjectSummaryQueryTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A_published_ProjectCreated_becomes_visible_through_GetProjectSummary_and_counts_in_the_portfolio()
    {
        var (org, client) = await fixture.NewOrgCallerAsync();
        var created = ReportingFixture.NewProjectCreated(org, "Launch film", new DateTimeOffset(2026, 4, 2, 8, 15, 30, TimeSpan.Zero));

        await fixture.PublishAndWaitAsync(created);

        var summary = await client.GetProjectSummaryAsync(new GetProjectSummaryRequest { ProjectId = created.ProjectId.ToString() });
        Assert.Equal(created.ProjectId.ToString(), summary.ProjectId);
        Assert.Equal(org.ToString(), summary.OrgId);
        Assert.Equal("Launch film", summary.Name);
        Assert.Equal("PROJECT_TYPE_FILM", summary.ProjectType);
        Assert.Equal(created.CreatedAt, summary.CreatedAt.ToDateTimeOffset());

        var portfolio = await client.GetPortfolioAsync(new GetPortfolioRequest());
        Assert.Equal(org.ToString(), portfolio.OrgId);
        Assert.Equal(1, portfolio.ProjectCount);
    }

    [Fact]
    public async Task Another_orgs_token_gets_NotFound_and_an_empty_portfolio()
    {
        var (org, _) = await fixture.NewOrgCallerAsync();
        var (strangerOrg, stranger) = await fixture.NewOrgCallerAsync("stranger");
        var created = ReportingFixture.NewProjectCreated(org);
        await fixture.PublishAndWaitAsync(created);

        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            stranger.GetProjectSummaryAsync(new GetProjectSummaryRequest { ProjectId = created.ProjectId.ToString() }).ResponseAsync);
        Assert.Empty((await stranger.ListProjectSummariesAsync(new ListProjectSummariesRequest())).Projects);
        var portfolio = await stranger.GetPortfolioAsync(new GetPortfolioRequest());
        Assert.Equal(strangerOrg.ToString(), portfolio.OrgId);
        Assert.Equal(0, portfolio.ProjectCount);
    }

    [Fact]
    public async Task Calls_without_a_token_are_Unauthenticated()
    {
        var anonymous = fixture.Client(token: null);

        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () =>
            anonymous.GetProjectSummaryAsync(new GetProjectSummaryRequest { ProjectId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () =>
            anonymous.ListProjectSummariesAsync(new ListProjectSummariesRequest()).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () =>
            anonymous.GetPortfolioAsync(new GetPortfolioRequest()).ResponseAsync);
    }

    [Fact]
    public async Task GetProjectSummary_of_a_malformed_id_is_InvalidArgument_on_project_id()
    {
        var (_, client) = await fixture.NewOrgCallerAsync();
        await RpcAssert.InvalidArgumentOn("project_id", () =>
            client.GetProjectSummaryAsync(new GetProjectSummaryRequest { ProjectId = "42" }).ResponseAsync);
    }

    [Fact]
    public async Task ListProjectSummaries_pages_newest_first_without_overlap_or_gaps()
    {
        var (org, client) = await fixture.NewOrgCallerAsync();
        var start = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var oldest = ReportingFixture.NewProjectCreated(org, "Oldest", start);
        var middle = ReportingFixture.NewProjectCreated(org, "Middle", start.AddMinutes(1));
        var newest = ReportingFixture.NewProjectCreated(org, "Newest", start.AddMinutes(2));
        foreach (var e in new[] { middle, newest, oldest }) await fixture.PublishAndWaitAsync(e);

        var first = await client.ListProjectSummariesAsync(new ListProjectSummariesRequest { PageSize = 2 });
        Assert.Equal(["Newest", "Middle"], first.Projects.Select(p => p.Name));
        Assert.NotEmpty(first.NextPageToken);

        var second = await client.ListProjectSummariesAsync(new ListProjectSummariesRequest { PageSize = 2, PageToken = first.NextPageToken });
        Assert.Equal("Oldest", Assert.Single(second.Projects).Name);
        Assert.Empty(second.NextPageToken);
    }

    [Fact]
    public async Task ListProjectSummaries_breaks_ties_of_equal_creation_times_by_id_so_paging_loses_none()
    {
        var (org, client) = await fixture.NewOrgCallerAsync();
        var at = new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero);
        var events = Enumerable.Range(1, 3).Select(i => ReportingFixture.NewProjectCreated(org, $"Same time {i}", at)).ToList();
        foreach (var e in events) await fixture.PublishAndWaitAsync(e);

        var seen = new List<string>();
        var token = "";
        var pages = 0;
        do
        {
            var page = await client.ListProjectSummariesAsync(new ListProjectSummariesRequest { PageSize = 1, PageToken = token });
            seen.AddRange(page.Projects.Select(p => p.ProjectId));
            token = page.NextPageToken;
            Assert.True(++pages <= events.Count, "paging does not end");
        }
        while (token.Length > 0);

        Assert.Equal(events.Select(e => e.ProjectId.ToString()).Order(), seen.Order());
    }

    [Fact]
    public async Task ListProjectSummaries_without_a_page_size_returns_the_whole_small_list_in_one_page()
    {
        var (org, client) = await fixture.NewOrgCallerAsync();
        foreach (var i in Enumerable.Range(1, 3)) await fixture.PublishAndWaitAsync(ReportingFixture.NewProjectCreated(org, $"P{i}"));

        var page = await client.ListProjectSummariesAsync(new ListProjectSummariesRequest());
        Assert.Equal(3, page.Projects.Count);
        Assert.Empty(page.NextPageToken);
    }

    [Theory]
    [InlineData("not a token!")]
    [InlineData("bm90LWEtY3Vyc29y")] // base64 of "not-a-cursor"
    public async Task ListProjectSummaries_with_a_malformed_page_token_is_InvalidArgument_on_page_token(string token)
    {
        var (_, client) = await fixture.NewOrgCallerAsync();
        await RpcAssert.InvalidArgumentOn("page_token", () =>
            client.ListProjectSummariesAsync(new ListProjectSummariesRequest { PageToken = token }).ResponseAsync);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(201)]
    public async Task ListProjectSummaries_with_a_page_size_out_of_range_is_InvalidArgument_on_page_size(int size)
    {
        var (_, client) = await fixture.NewOrgCallerAsync();
        await RpcAssert.InvalidArgumentOn("page_size", () =>
            client.ListProjectSummariesAsync(new ListProjectSummariesRequest { PageSize = size }).ResponseAsync);
    }
}
