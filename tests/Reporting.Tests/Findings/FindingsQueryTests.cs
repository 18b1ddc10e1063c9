using Crewline.BuildingBlocks.Findings;
using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Events;
using Crewline.Contracts.Events.Ownership;
using Crewline.Contracts.Reporting.V1;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.Reporting.Tests.Findings;

/// <summary>FindingsService.ListFindings and GetFindingsTimeline: who sees which findings, filters, paging and the per-day counts.</summary>
[Collection(ReportingCollection.Name)]
public sealed class FindingsQueryTests(ReportingFixture fixture)
{
    private readonly ProjectionDriver _driver = new(fixture.Service);

    private FindingsService.FindingsServiceClient Client(string subject, Guid org) =>
        new(fixture.Service.CreateChannel(fixture.Service.TokenFor(subject, org)));

    [Fact]
    [Trait("Rule", "R-FAIL-4")]
    public async Task R_FAIL_4_ListFindings_answers_the_shared_shape_with_the_project_name_and_another_orgs_token_sees_none_of_them()
    {
        var (org, _) = await fixture.NewOrgCallerAsync("ops-ivy");
        var (otherOrg, _) = await fixture.NewOrgCallerAsync("ops-jon");
        var project = Guid.NewGuid();
        await _driver.ApplyAllAsync(
            new ProjectCreated(org, project, "Winter film", "PROJECT_TYPE_FILM", "pm", DateTimeOffset.UtcNow),
            new OwnershipGapDetected(org, project, "archive", "Function archive has no owner.", FailureModeRules.FixNameAnOwner, "R-OWN-7", DateTimeOffset.UtcNow));

        var listed = Assert.Single((await Client("ops-ivy", org).ListFindingsAsync(new ListFindingsRequest())).Findings);
        Assert.Equal("Winter film", listed.ProjectName);
        Assert.Equal("unowned-function", listed.Cause);
        Assert.Equal(FindingKind.UnownedFunction, listed.Finding.Kind);
        Assert.Equal("R-FAIL-2", listed.Finding.RuleId);
        Assert.Equal(project.ToString(), listed.Finding.ProjectId);
        Assert.Equal("archive", listed.Finding.FunctionKey);
        Assert.Contains("no owner", listed.Finding.Evidence);
        Assert.Equal(FailureModeRules.FixNameAnOwner, listed.Finding.Fix);
        Assert.Null(listed.ClosedAt);

        var stranger = Client("ops-jon", otherOrg);
        Assert.Empty((await stranger.ListFindingsAsync(new ListFindingsRequest { IncludeClosed = true })).Findings);
        Assert.Empty((await stranger.ListFindingsAsync(new ListFindingsRequest { ProjectId = project.ToString() })).Findings);
        Assert.All((await stranger.GetFindingsTimelineAsync(new GetFindingsTimelineRequest { Days = 2 })).Days,
            d => Assert.Equal(0, d.UnownedFunction + d.Opened));
    }

    [Fact]
    public async Task A_member_lists_the_findings_of_their_projects_only_and_an_admin_lists_all()
    {
        var (org, _) = await fixture.NewOrgCallerAsync("ops-kim");
        var (mine, theirs) = (Guid.NewGuid(), Guid.NewGuid());
        await fixture.Members.MemberAsync(org, mine, "producer-lou", MembershipNames.Producer);
        await _driver.ApplyAllAsync(Gap(org, mine, "archive"), Gap(org, theirs, "archive"));

        var member = await Client("producer-lou", org).ListFindingsAsync(new ListFindingsRequest());
        Assert.Equal([mine.ToString()], member.Findings.Select(f => f.Finding.ProjectId));
        Assert.Empty((await Client("producer-lou", org).ListFindingsAsync(new ListFindingsRequest { ProjectId = theirs.ToString() })).Findings);
        Assert.Equal(2, (await Client("ops-kim", org).ListFindingsAsync(new ListFindingsRequest())).Findings.Count);
    }

    [Fact]
    public async Task ListFindings_filters_by_kind_and_open_state_and_pages_newest_first()
    {
        var (org, _) = await fixture.NewOrgCallerAsync("ops-max");
        var client = Client("ops-max", org);
        var project = Guid.NewGuid();
        var at = new DateTimeOffset(2026, 8, 1, 10, 0, 0, TimeSpan.Zero);
        await _driver.ApplyAllAsync(
            Gap(org, project, "archive", at),
            Gap(org, project, "retro", at.AddHours(1)),
            Gap(org, project, "closeout", at.AddHours(2)),
            new FunctionOwnershipChanged(org, project, "retro", "Reassigned", [MembershipNames.ProjectManager], false, false, "pm", at.AddHours(3)),
            new DuplicateOwnershipDetected(org, project, "final-files", "Two owners.", FailureModeRules.FixNameAnOwner, "R-OWN-7", at.AddHours(4)));

        var open = await client.ListFindingsAsync(new ListFindingsRequest { Kind = FindingKind.UnownedFunction });
        Assert.Equal(["closeout", "archive"], open.Findings.Select(f => f.Finding.FunctionKey));

        var first = await client.ListFindingsAsync(new ListFindingsRequest { IncludeClosed = true, PageSize = 2 });
        Assert.Equal(["final-files", "closeout"], first.Findings.Select(f => f.Finding.FunctionKey));
        var second = await client.ListFindingsAsync(new ListFindingsRequest { IncludeClosed = true, PageSize = 2, PageToken = first.NextPageToken });
        Assert.Equal(["retro", "archive"], second.Findings.Select(f => f.Finding.FunctionKey));
        Assert.NotNull(second.Findings[0].ClosedAt);
        Assert.Empty(second.NextPageToken);
    }

    [Fact]
    public async Task GetFindingsTimeline_counts_findings_open_at_each_days_end_by_kind_and_those_opened_and_closed_that_day()
    {
        var (org, _) = await fixture.NewOrgCallerAsync("ops-ned");
        var client = Client("ops-ned", org);
        var project = Guid.NewGuid();
        var today = DateTimeOffset.UtcNow.UtcDateTime.Date;
        var twoDaysAgo = new DateTimeOffset(today.AddDays(-2).AddHours(9), TimeSpan.Zero);
        await _driver.ApplyAllAsync(
            Gap(org, project, "archive", twoDaysAgo),
            Gap(org, project, "retro", twoDaysAgo.AddHours(1)),
            new FunctionOwnershipChanged(org, project, "retro", "Reassigned", [MembershipNames.Producer], false, false, "pm", twoDaysAgo.AddDays(1)));

        var days = (await client.GetFindingsTimelineAsync(new GetFindingsTimelineRequest { Days = 4 })).Days;
        Assert.Equal(4, days.Count);
        Assert.Equal(today.AddDays(-3).ToString("yyyy-MM-dd"), days[0].Date);
        Assert.Equal([0, 2, 1, 1], days.Select(d => d.UnownedFunction));
        Assert.Equal([0, 2, 0, 0], days.Select(d => d.Opened));
        Assert.Equal([0, 0, 1, 0], days.Select(d => d.Closed));
        Assert.All(days, d => Assert.Equal(0, d.DuplicatedFunction + d.AgingWork + d.UnstatedHierarchy));
    }

    [Fact]
    public async Task Bad_paging_and_filters_are_InvalidArgument_and_no_token_is_Unauthenticated()
    {
        var (org, _) = await fixture.NewOrgCallerAsync("ops-oli");
        var client = Client("ops-oli", org);
        await RpcAssert.InvalidArgumentOn("page_size", () => client.ListFindingsAsync(new ListFindingsRequest { PageSize = 201 }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("page_token", () => client.ListFindingsAsync(new ListFindingsRequest { PageToken = "nope!" }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("project_id", () => client.ListFindingsAsync(new ListFindingsRequest { ProjectId = "42" }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("kind", () => client.ListFindingsAsync(new ListFindingsRequest { Kind = (FindingKind)99 }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("days", () => client.GetFindingsTimelineAsync(new GetFindingsTimelineRequest { Days = 367 }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () =>
            new FindingsService.FindingsServiceClient(fixture.Service.CreateChannel()).ListFindingsAsync(new ListFindingsRequest()).ResponseAsync);
    }

    private static IOrgEvent Gap(Guid org, Guid project, string function, DateTimeOffset? at = null) =>
        new OwnershipGapDetected(org, project, function, $"Function {function} has no owner.", FailureModeRules.FixNameAnOwner, "R-OWN-7", at ?? DateTimeOffset.UtcNow);
}
