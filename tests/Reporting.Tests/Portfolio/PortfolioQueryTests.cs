using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Infrastructure;
using Crewline.Contracts.Reporting.V1;
using Crewline.TestSupport;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Own = Crewline.Contracts.Ownership.V1;

namespace Crewline.Reporting.Tests.Portfolio;

[Collection(ReportingCollection.Name)]
public sealed class PortfolioQueryTests(ReportingFixture fixture)
{
    private readonly ProjectionDriver driver = new(fixture);

    [Fact]
    public async Task The_portfolio_filters_by_type_phase_owner_and_risk_counts_the_total_and_pages_newest_first()
    {
        var org = Guid.NewGuid();
        var client = await driver.AdminOfAsync(org);
        var film = new PortfolioScenario(org, "Film");
        var brand = ReportingFixture.NewProjectCreated(org, "Brand", new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero)) with { ProjectType = "PROJECT_TYPE_BRAND_IDENTITY" };
        var closed = ReportingFixture.NewProjectCreated(org, "Closed", new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero));
        await driver.PublishAsync([.. film.Events, brand, closed, new ProjectClosed(org, closed.ProjectId, film.PmId, closed.CreatedAt.AddDays(30))]);

        var all = await client.ListPortfolioAsync(new ListPortfolioRequest());
        Assert.Equal(["Closed", "Brand", "Film"], all.Projects.Select(p => p.Name));
        Assert.Equal(3, all.TotalCount);
        Assert.Equal([ProjectHealth.Closed, ProjectHealth.OnTrack, ProjectHealth.Failing], all.Projects.Select(p => p.Health));
        var filmRow = all.Projects[2];
        Assert.Equal(film.PmId.ToString(), filmRow.ProjectManagerPersonId);
        Assert.Equal(film.ProducerId.ToString(), filmRow.ProducerPersonId);
        Assert.Equal((1, 1, 1), (filmRow.LateItems, filmRow.OpenScopeChanges, filmRow.OverdueInvoices));

        Assert.Equal(["Closed", "Film"], Names(await client.ListPortfolioAsync(new ListPortfolioRequest { ProjectType = Own.ProjectType.Film })));
        Assert.Equal(["Closed"], Names(await client.ListPortfolioAsync(new ListPortfolioRequest { Phase = Own.ProjectPhase.Closed })));
        Assert.Equal(["Film"], Names(await client.ListPortfolioAsync(new ListPortfolioRequest { Phase = Own.ProjectPhase.Active })));
        Assert.Equal(["Film"], Names(await client.ListPortfolioAsync(new ListPortfolioRequest { OwnerPersonId = film.ProducerId.ToString() })));
        Assert.Equal(["Film"], Names(await client.ListPortfolioAsync(new ListPortfolioRequest { Risk = RiskFilter.LateWork })));
        // The film's client status has two owners: the findings open R-FAIL-1 on it.
        Assert.Equal(["Film"], Names(await client.ListPortfolioAsync(new ListPortfolioRequest { Risk = RiskFilter.AnyFinding })));
        Assert.Equal(["Film"], Names(await client.ListPortfolioAsync(new ListPortfolioRequest { Risk = RiskFilter.DuplicatedFunction })));

        var page1 = await client.ListPortfolioAsync(new ListPortfolioRequest { PageSize = 2 });
        var page2 = await client.ListPortfolioAsync(new ListPortfolioRequest { PageSize = 2, PageToken = page1.NextPageToken });
        Assert.Equal(["Closed", "Brand"], Names(page1));
        Assert.Equal(["Film"], Names(page2));
        Assert.Equal(3, page2.TotalCount);
        Assert.Empty(page2.NextPageToken);
    }

    [Fact]
    public async Task The_portfolio_names_the_PM_and_the_producer_from_the_orgs_own_people_only()
    {
        var org = Guid.NewGuid();
        var otherOrg = Guid.NewGuid();
        var client = await driver.AdminOfAsync(org);
        var film = new PortfolioScenario(org, "Named");
        var borrowed = ReportingFixture.NewProjectCreated(org, "Borrowed", new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero));
        var stranger = Guid.CreateVersion7();
        await PeopleAsync((org, film.PmId, "Alex Morgan"), (org, film.ProducerId, "Sam Ortiz"), (otherOrg, stranger, "Someone of another org"));
        // A role on this org's project naming a person only another org knows: the id shows, never that org's name.
        await driver.PublishAsync([.. film.Events, borrowed,
            new ProjectMemberAdded(org, borrowed.ProjectId, stranger, PortfolioScenario.Producer, "pm-alex", borrowed.CreatedAt.AddMinutes(1))]);

        var rows = (await client.ListPortfolioAsync(new ListPortfolioRequest())).Projects.ToDictionary(p => p.Name);
        Assert.Equal((film.PmId.ToString(), "Alex Morgan"), (rows["Named"].ProjectManagerPersonId, rows["Named"].ProjectManagerName));
        Assert.Equal((film.ProducerId.ToString(), "Sam Ortiz"), (rows["Named"].ProducerPersonId, rows["Named"].ProducerName));
        Assert.Equal((stranger.ToString(), ""), (rows["Borrowed"].ProducerPersonId, rows["Borrowed"].ProducerName));
        Assert.Equal(("", ""), (rows["Borrowed"].ProjectManagerPersonId, rows["Borrowed"].ProjectManagerName));
    }

    private async Task PeopleAsync(params (Guid Org, Guid PersonId, string Name)[] people)
    {
        foreach (var (org, personId, name) in people)
            await fixture.Bus.Publish(new PersonAdded(org, personId, name, $"{personId}@example.com", null, "seeder", DateTimeOffset.UtcNow));
        var ids = people.Select(p => p.PersonId).ToList();
        await Eventually.Until(() => fixture.Service.InScopeAsync(null, async sp =>
            await sp.GetRequiredService<ReportingDbContext>().Set<ReplicaPerson>().IgnoreQueryFilters().CountAsync(p => ids.Contains(p.PersonId)) == ids.Count));
    }

    [Fact]
    public async Task A_member_sees_only_their_projects_and_a_stranger_of_the_org_is_denied_the_status()
    {
        var org = Guid.NewGuid();
        await driver.AdminOfAsync(org);
        var mine = new PortfolioScenario(org, "Mine");
        var other = ReportingFixture.NewProjectCreated(org, "Not mine");
        await driver.PublishAsync([.. mine.Events, other]);
        await fixture.Members.MemberAsync(org, mine.ProjectId, "crew-kim", PortfolioScenario.Pm);
        var member = driver.Client(fixture.Service.TokenFor("crew-kim", org));

        Assert.Equal(["Mine"], Names(await member.ListPortfolioAsync(new ListPortfolioRequest())));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            member.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = other.ProjectId.ToString() }).ResponseAsync);
        Assert.Equal("Mine", (await member.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = mine.ProjectId.ToString() })).Name);
    }

    [Fact]
    public async Task A_token_of_another_org_never_sees_the_orgs_projects_through_any_query()
    {
        var org = Guid.NewGuid();
        await driver.AdminOfAsync(org);
        var s = new PortfolioScenario(org);
        await driver.PublishAsync(s.Events);
        var stranger = await driver.AdminOfAsync(Guid.NewGuid(), "ops-other");
        var project = s.ProjectId.ToString();

        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = project }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.ListDecisionLogAsync(new ListDecisionLogRequest { ProjectId = project }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.ListScopeChangeLogAsync(new ListScopeChangeLogRequest { ProjectId = project }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.GetInvoiceAgingAsync(new GetReportingInvoiceAgingRequest { ProjectId = project }).ResponseAsync);
        var portfolio = await stranger.ListPortfolioAsync(new ListPortfolioRequest());
        Assert.Empty(portfolio.Projects);
        Assert.Equal(0, portfolio.TotalCount);
        Assert.Empty((await stranger.ListDecisionLogAsync(new ListDecisionLogRequest())).Decisions);
        Assert.Empty((await stranger.ListScopeChangeLogAsync(new ListScopeChangeLogRequest())).ScopeChanges);
        Assert.Equal(0, (await stranger.GetInvoiceAgingAsync(new GetReportingInvoiceAgingRequest())).UnpaidCount);
    }

    [Fact]
    public async Task Calls_without_a_token_are_Unauthenticated()
    {
        var anonymous = driver.Client(null);
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => anonymous.ListPortfolioAsync(new ListPortfolioRequest()).ResponseAsync);
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { "status:project_id", "project_id" },
        { "portfolio:page_size", "page_size" },
        { "portfolio:page_token", "page_token" },
        { "portfolio:owner_person_id", "owner_person_id" },
        { "portfolio:risk", "risk" },
        { "portfolio:project_type", "project_type" },
        { "decisions:project_id", "project_id" },
        { "scope:page_size", "page_size" },
        { "aging:project_id", "project_id" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_InvalidArgument_on_its_field(string call, string field)
    {
        var client = await driver.AdminOfAsync(Guid.NewGuid());
        Func<Task> rpc = call switch
        {
            "status:project_id" => () => client.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = "42" }).ResponseAsync,
            "portfolio:page_size" => () => client.ListPortfolioAsync(new ListPortfolioRequest { PageSize = 201 }).ResponseAsync,
            "portfolio:page_token" => () => client.ListPortfolioAsync(new ListPortfolioRequest { PageToken = "not a token!" }).ResponseAsync,
            "portfolio:owner_person_id" => () => client.ListPortfolioAsync(new ListPortfolioRequest { OwnerPersonId = "someone" }).ResponseAsync,
            "portfolio:risk" => () => client.ListPortfolioAsync(new ListPortfolioRequest { Risk = (RiskFilter)99 }).ResponseAsync,
            "portfolio:project_type" => () => client.ListPortfolioAsync(new ListPortfolioRequest { ProjectType = (Own.ProjectType)99 }).ResponseAsync,
            "decisions:project_id" => () => client.ListDecisionLogAsync(new ListDecisionLogRequest { ProjectId = "x" }).ResponseAsync,
            "scope:page_size" => () => client.ListScopeChangeLogAsync(new ListScopeChangeLogRequest { PageSize = -1 }).ResponseAsync,
            "aging:project_id" => () => client.GetInvoiceAgingAsync(new GetReportingInvoiceAgingRequest { ProjectId = "x" }).ResponseAsync,
            _ => throw new ArgumentOutOfRangeException(nameof(call)),
        };
        await RpcAssert.InvalidArgumentOn(field, rpc);
    }

    private static List<string> Names(ListPortfolioResponse response) => response.Projects.Select(p => p.Name).ToList();
}
