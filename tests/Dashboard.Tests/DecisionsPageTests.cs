using Bunit;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Reporting.V1;
using Crewline.Dashboard.Components.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Dashboard.Tests;

public sealed class DecisionsPageTests : DashboardContext
{
    public DecisionsPageTests()
    {
        Api.Portfolio = _ => Samples.TwoProjects();
        Api.DecisionLog = r => r.PageToken == ""
            ? new ListDecisionLogResponse { Decisions = { Decision("d-1", Samples.ShootId, "Spring shoot", isOverride: true), Decision("d-2", Samples.BrandId, "Brand refresh") }, NextPageToken = "page-2" }
            : new ListDecisionLogResponse { Decisions = { Decision("d-3", Samples.ShootId, "Spring shoot") } };
    }

    private static DecisionLogEntry Decision(string id, string projectId, string projectName, bool isOverride = false) => new()
    {
        DecisionId = id, ProjectId = projectId, ProjectName = projectName, FunctionKey = "vendor-invoices",
        DecidedByPersonId = "pr-1", DecidedAs = ProjectRole.Producer, Summary = $"Decision {id}", Rationale = "Cash flow",
        BriefedRoles = { ProjectRole.ProjectManager }, IsOverride = isOverride, DecidedAt = Samples.At(2),
    };

    [Fact]
    public void Lists_the_decision_log_across_projects_with_links_roles_and_overrides()
    {
        var page = Render<DecisionsPage>();

        var rows = page.FindAll("table.decisions tbody tr.decision");
        Assert.Equal(2, rows.Count);
        var first = page.Find("tr[data-decision='d-1']");
        Assert.Equal($"projects/{Samples.ShootId}", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Decision d-1", first.TextContent);
        Assert.Contains("Cash flow", first.QuerySelector(".rationale")!.TextContent);
        Assert.Contains("Producer", first.TextContent);
        Assert.NotNull(first.QuerySelector(".override-badge"));
        Assert.Null(page.Find("tr[data-decision='d-2']").QuerySelector(".override-badge"));
        Assert.Equal("", Api.Last<ListDecisionLogRequest>().ProjectId);
        Assert.Contains("across projects", page.Find("table.decisions caption").TextContent);
    }

    [Fact]
    public void Pages_forward_with_the_next_page_token_and_back()
    {
        var page = Render<DecisionsPage>();

        page.Find("#next-page").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr[data-decision='d-3']")));
        Assert.Equal("page-2", Api.Last<ListDecisionLogRequest>().PageToken);

        page.Find("#previous-page").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr[data-decision='d-1']")));
        Assert.Equal("", Api.Last<ListDecisionLogRequest>().PageToken);
    }

    [Fact]
    public void Filters_by_a_project_chosen_from_the_portfolio()
    {
        var page = Render<DecisionsPage>();

        Assert.Equal(["Every project", "Brand refresh", "Spring shoot"], page.FindAll("#filter-project option").Select(o => o.TextContent));
        page.Find("#filter-project").Change(Samples.BrandId);
        page.Find("form.filters").Submit();

        page.WaitForAssertion(() => Assert.Equal(Samples.BrandId, Api.Last<ListDecisionLogRequest>().ProjectId));
        Assert.EndsWith($"decisions?project={Samples.BrandId}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void Opens_on_the_project_a_project_page_links_with()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"decisions?project={Samples.ShootId}");

        var page = Render<DecisionsPage>();

        Assert.Equal(Samples.ShootId, Api.Last<ListDecisionLogRequest>().ProjectId);
        Assert.Contains("on Spring shoot", page.Find("table.decisions caption").TextContent);
    }

    [Fact]
    public void A_project_change_reads_the_log_again_live()
    {
        StartLive();
        var page = Render<DecisionsPage>();
        var before = Api.CallsTo<ListDecisionLogRequest>();

        Api.Push(new LiveUpdate { Kind = LiveUpdateKind.ProjectChanged, ProjectId = Samples.ShootId });

        page.WaitForAssertion(() => Assert.True(Api.CallsTo<ListDecisionLogRequest>() > before));
    }
}
