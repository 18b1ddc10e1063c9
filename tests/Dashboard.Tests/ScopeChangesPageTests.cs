using Bunit;
using Crewline.Contracts.Reporting.V1;
using Crewline.Contracts.ScopeChanges.V1;
using Crewline.Dashboard.Components.Pages;

namespace Crewline.Dashboard.Tests;

public sealed class ScopeChangesPageTests : DashboardContext
{
    [Fact]
    public void Lists_scope_changes_across_projects_with_cycle_times_and_plots_them()
    {
        var brand = Samples.ScopeChange("cr-2", "Extra social formats", ChangeRequestStatus.ClientAccepted);
        brand.ProjectId = Samples.BrandId;
        brand.ProjectName = "Brand refresh";
        brand.ClosedAt = Samples.At(1);
        brand.CycleSeconds = 3 * 86400;
        Api.ScopeChangeLog = new ListScopeChangeLogResponse
        {
            ScopeChanges = { Samples.ScopeChange("cr-1", "Add a second location", ChangeRequestStatus.SigningOff), brand },
            CycleTimes = Samples.CycleTimes(),
        };

        var page = Render<ScopeChangesPage>();

        Assert.Equal(2, page.FindAll("table.scope-log tbody tr[data-change]").Count);
        var accepted = page.Find("tr[data-change='cr-2']");
        Assert.Equal($"projects/{Samples.BrandId}", accepted.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("3 d", accepted.QuerySelector("td.num")!.TextContent);
        Assert.EndsWith("(open)", page.Find("tr[data-change='cr-1'] td.num").TextContent);
        Assert.Contains("9 decided · median 2 d", page.Find(".cycle-stats").TextContent);
        Assert.Equal(4, page.FindAll("figure.chart rect").Count);
    }

    [Fact]
    public void Filters_by_project_and_open_changes_from_the_first_page()
    {
        Api.Portfolio = _ => Samples.TwoProjects();
        var page = Render<ScopeChangesPage>();

        page.Find("#filter-project").Change(Samples.ShootId);
        page.Find("#filter-open").Change(true);
        page.Find("form.filters").Submit();

        page.WaitForAssertion(() =>
        {
            var request = Api.Last<ListScopeChangeLogRequest>();
            Assert.Equal((Samples.ShootId, true, ""), (request.ProjectId, request.OpenOnly, request.PageToken));
        });
    }
}
