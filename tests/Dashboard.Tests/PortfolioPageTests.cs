using AngleSharp.Dom;
using Bunit;
using Crewline.Contracts.Ownership.V1;
using Crewline.Contracts.Reporting.V1;
using Crewline.Dashboard.Components.Pages;
using Grpc.Core;

namespace Crewline.Dashboard.Tests;

public sealed class PortfolioPageTests : DashboardContext
{
    [Fact]
    public void Lists_every_project_with_its_health_and_a_link_to_its_page()
    {
        var page = Render<PortfolioPage>();

        var rows = page.FindAll("table.portfolio tbody tr");
        Assert.Equal(2, rows.Count);
        var shoot = page.Find($"tr[data-project='{Samples.ShootId}']");
        Assert.Equal($"projects/{Samples.ShootId}", shoot.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal("Failing", shoot.QuerySelector(".badge.health-failing")!.TextContent);
        Assert.Equal("Commercial production", shoot.Children[3].TextContent);
        Assert.Equal("On track", page.Find($"tr[data-project='{Samples.BrandId}'] .badge").TextContent);
        Assert.Contains("2 projects match", page.Find("table.portfolio caption").TextContent);
        Assert.All(page.FindAll("table.portfolio thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    [Fact]
    public void Names_the_PM_and_the_producer_of_each_project_never_their_ids()
    {
        var named = Samples.Row(Samples.ShootId, "Spring shoot", ProjectHealth.Failing, 2);
        named.ProjectManagerPersonId = "pm-1";
        named.ProjectManagerName = "Pat PM";
        named.ProducerPersonId = "pr-1";
        named.ProducerName = "Robin Producer";
        var unnamed = Samples.Row(Samples.BrandId, "Brand refresh", ProjectHealth.OnTrack, 0);
        unnamed.ProducerPersonId = "pr-2";
        Api.Portfolio = _ => new ListPortfolioResponse { Projects = { named, unnamed }, TotalCount = 2 };

        var page = Render<PortfolioPage>();

        Assert.Equal(["PM", "Producer"], page.FindAll("table.portfolio thead th").Skip(4).Take(2).Select(th => th.TextContent));
        Assert.Equal(("Pat PM", "Robin Producer"), (Cell(page, Samples.ShootId, "pm"), Cell(page, Samples.ShootId, "producer")));
        Assert.Equal(("—", "Unnamed person"), (Cell(page, Samples.BrandId, "pm"), Cell(page, Samples.BrandId, "producer")));
        Assert.DoesNotContain("pr-2", page.Find("table.portfolio").TextContent);
    }

    private static string Cell(IRenderedComponent<PortfolioPage> page, string projectId, string role) =>
        page.Find($"tr[data-project='{projectId}'] td.{role}").TextContent;

    [Fact]
    public void The_owner_filter_names_every_person_of_the_org_across_pages_of_people_sorted_by_name()
    {
        for (var i = 0; i < 230; i++)
            Api.People.Add(new Person { PersonId = $"person-{i}", Name = $"Person {i:000}" });
        Api.People.Add(new Person { PersonId = "person-a", Name = "Alex Moreau" });

        var page = Render<PortfolioPage>();

        var options = page.FindAll("#filter-owner option");
        Assert.Equal(232, options.Count);
        Assert.Equal(("", "Anyone"), (options[0].GetAttribute("value"), options[0].TextContent));
        Assert.Equal(("person-a", "Alex Moreau"), (options[1].GetAttribute("value"), options[1].TextContent));
        Assert.Equal("Person 229", options[^1].TextContent);
    }

    [Fact]
    public void Filters_are_sent_to_the_API_and_into_the_export_links()
    {
        var page = Render<PortfolioPage>();

        page.Find("#filter-type").Change(ProjectType.Film.ToString());
        page.Find("#filter-phase").Change(ProjectPhase.Kickoff.ToString());
        page.Find("#filter-risk").Change(RiskFilter.Gap.ToString());
        page.Find("#filter-owner").Change("person-7");
        page.Find("form.filters").Submit();

        page.WaitForAssertion(() =>
        {
            var request = Api.Last<ListPortfolioRequest>();
            Assert.Equal(ProjectType.Film, request.ProjectType);
            Assert.Equal(ProjectPhase.Kickoff, request.Phase);
            Assert.Equal(RiskFilter.Gap, request.Risk);
            Assert.Equal("person-7", request.OwnerPersonId);
            Assert.Equal("", request.PageToken);
        });
        Assert.Equal("export/portfolio?format=csv&type=Film&phase=Kickoff&risk=Gap&owner=person-7",
            page.Find(".exports a[download]").GetAttribute("href"));
    }

    [Fact]
    public void Pages_forward_with_the_next_page_token_and_back_to_the_first()
    {
        Api.Portfolio = r => r.PageToken == ""
            ? new ListPortfolioResponse { Projects = { Samples.Row(Samples.ShootId, "Spring shoot", ProjectHealth.Failing, 2) }, NextPageToken = "page-2", TotalCount = 2 }
            : new ListPortfolioResponse { Projects = { Samples.Row(Samples.BrandId, "Brand refresh", ProjectHealth.OnTrack, 0) }, TotalCount = 2 };
        var page = Render<PortfolioPage>();

        page.Find("#next-page").Click();
        page.WaitForAssertion(() => Assert.Equal("Brand refresh", page.Find("table.portfolio tbody th").TextContent));
        Assert.Equal("page-2", Api.Last<ListPortfolioRequest>().PageToken);

        page.Find("#previous-page").Click();
        page.WaitForAssertion(() => Assert.Equal("Spring shoot", page.Find("table.portfolio tbody th").TextContent));
        Assert.Equal("", Api.Last<ListPortfolioRequest>().PageToken);
    }

    [Fact]
    public void Plots_scope_change_cycle_times_and_invoice_aging()
    {
        var page = Render<PortfolioPage>();

        var charts = page.FindAll("figure.chart");
        var cycle = charts.Single(c => c.QuerySelector("figcaption")!.TextContent.StartsWith("Scope-change cycle time"));
        Assert.Equal(4, cycle.QuerySelectorAll("rect").Length);
        Assert.Equal(["< 1 day", "1–3 days", "3–7 days", "> 7 days"], cycle.QuerySelectorAll("text.label title").Select(t => t.TextContent));
        Assert.Contains("9 decided · median 2 d · p90 6 d · longest 9 d", page.Find(".plots").TextContent);
        var aging = charts.Single(c => c.QuerySelector("figcaption")!.TextContent.StartsWith("Vendor invoice aging"));
        Assert.Equal(["3", "2", "1", "0", "0"], aging.QuerySelectorAll("text.value").Select(t => t.TextContent));
    }

    [Fact]
    public void PermissionDenied_reads_as_a_sentence_that_says_what_to_do()
    {
        Api.Failure = new RpcException(new Status(StatusCode.PermissionDenied, "only project members and org admins may read this"));

        var page = Render<PortfolioPage>();

        var alert = page.Find(".api-error");
        Assert.Contains("You are not allowed to see this: only project members and org admins may read this.", alert.TextContent);
        Assert.Contains("Ask an org admin", alert.TextContent);
    }

    [Fact]
    public void Unavailable_says_to_try_again_and_the_retry_button_reads_again()
    {
        Api.Failure = new RpcException(new Status(StatusCode.Unavailable, "reporting is down"));
        var page = Render<PortfolioPage>();
        Assert.Contains("Reporting is unavailable right now. Try again in a few seconds", page.Find(".api-error").TextContent);

        Api.Failure = null;
        page.Find(".api-error .retry").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".api-error")));
        Assert.Equal(2, page.FindAll("table.portfolio tbody tr").Count);
    }

    [Fact]
    public void A_live_update_reads_the_portfolio_again_and_shows_the_change_without_a_reload()
    {
        var page = Render<PortfolioPage>();
        StartLive();
        Api.Portfolio = _ =>
        {
            var changed = Samples.TwoProjects();
            changed.Projects[1].Health = ProjectHealth.AtRisk;
            return changed;
        };

        Api.Push(new LiveUpdate { Kind = LiveUpdateKind.ProjectChanged, ProjectId = Samples.BrandId });

        page.WaitForAssertion(() => Assert.Equal("At risk", page.Find($"tr[data-project='{Samples.BrandId}'] .badge").TextContent));
    }
}
