using Bunit;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Reporting.V1;
using Crewline.Dashboard.Components.Pages;
using Grpc.Core;

namespace Crewline.Dashboard.Tests;

public sealed class ProjectPageTests : DashboardContext
{
    private IRenderedComponent<ProjectPage> RenderShoot() =>
        Render<ProjectPage>(p => p.Add(x => x.ProjectId, Samples.ShootId));

    [Fact]
    public void The_ownership_matrix_highlights_the_gap_and_the_duplicate()
    {
        var page = RenderShoot();

        var gap = page.Find("table.matrix tr[data-function='vendor-invoices']");
        Assert.Contains("gap", gap.ClassList);
        Assert.Contains("Gap: no owner", gap.TextContent);
        var duplicate = page.Find("table.matrix tr[data-function='timeline']");
        Assert.Contains("duplicated", duplicate.ClassList);
        Assert.Equal(2, duplicate.QuerySelectorAll("td.owner").Length);
        var owned = page.Find("table.matrix tr[data-function='client-status']");
        Assert.Empty(owned.ClassList);
        Assert.Contains("1 gaps, 1 duplicated", page.Find("table.matrix caption").TextContent);
    }

    [Fact]
    public void Links_to_its_own_decision_log()
    {
        var page = RenderShoot();

        Assert.Equal($"decisions?project={Samples.ShootId}", page.Find("a.decision-log").GetAttribute("href"));
    }

    [Fact]
    public void The_plan_timeline_has_a_lane_per_owner_role_with_late_work_marked()
    {
        var page = RenderShoot();

        var gantt = page.Find("svg.gantt");
        Assert.Equal(["PM", "Producer"], gantt.QuerySelectorAll("text.lane").Select(t => t.TextContent));
        Assert.Single(gantt.QuerySelectorAll("polygon")); // the milestone
        Assert.Equal(2, gantt.QuerySelectorAll("rect").Length);
        Assert.Contains("Location scout", gantt.QuerySelector(".status-late title")!.TextContent);
    }

    [Fact]
    public void Shows_status_scope_changes_conversation_findings_and_export_buttons()
    {
        var page = RenderShoot();

        Assert.Equal("Spring shoot", page.Find("h1").TextContent);
        Assert.Contains("Pat PM (PM)", page.Find(".summary").TextContent);
        Assert.Contains("Not declared", page.Find(".summary").TextContent);
        Assert.Contains("Add a second location", page.Find("table.scope-changes").TextContent);
        Assert.Contains("Signing off", page.Find("table.scope-changes").TextContent);
        Assert.Contains("Vendor invoices has no accountable owner.", page.Find("table.findings").TextContent);
        Assert.Contains("R-FAIL-2", page.Find("table.findings").TextContent);
        Assert.Contains("2", page.Find("dl.conversation").TextContent);
        Assert.Equal($"export/projects/{Samples.ShootId}/status?format=csv", page.Find("a.export-csv").GetAttribute("href"));
        Assert.Equal($"export/projects/{Samples.ShootId}/status?format=html", page.Find("a.export-html").GetAttribute("href"));
        Assert.Equal(Samples.ShootId, Api.Last<ListScopeChangeLogRequest>().ProjectId);
        Assert.Equal(Samples.ShootId, Api.Last<GetReportingInvoiceAgingRequest>().ProjectId);
    }

    [Fact]
    public void A_new_finding_of_this_project_appears_live()
    {
        var page = RenderShoot();
        StartLive();
        var duplicate = Samples.Finding("f-dup", FindingKind.DuplicatedFunction, "R-FAIL-1", "timeline", "Timeline has two owners: PM and producer.");
        Api.Projects[Samples.ShootId].OpenFindings.Add(duplicate);

        Api.Push(new LiveUpdate { Kind = LiveUpdateKind.FindingOpened, ProjectId = Samples.ShootId, Finding = duplicate });

        page.WaitForAssertion(() => Assert.Contains("Timeline has two owners", page.Find("table.findings").TextContent));
    }

    [Fact]
    public void Updates_of_other_projects_do_not_read_this_one_again()
    {
        var page = RenderShoot();
        StartLive();
        var reads = Api.CallsTo<GetProjectStatusRequest>();

        Api.Push(new LiveUpdate { Kind = LiveUpdateKind.ProjectChanged, ProjectId = Samples.BrandId });
        Api.Push(new LiveUpdate { Kind = LiveUpdateKind.ProjectChanged, ProjectId = Samples.ShootId });

        page.WaitForAssertion(() => Assert.Equal(reads + 1, Api.CallsTo<GetProjectStatusRequest>()));
    }

    [Fact]
    public void A_project_of_another_org_reads_as_not_found()
    {
        var page = Render<ProjectPage>(p => p.Add(x => x.ProjectId, Guid.NewGuid().ToString()));

        Assert.Contains("Not found: it does not exist in your org.", page.Find(".api-error").TextContent);
        Assert.Empty(page.FindAll("table.matrix"));
    }
}
