using Bunit;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.Contracts.Reporting.V1;
using Crewline.Dashboard.Components.Layout;
using Crewline.Dashboard.Components.Pages;

namespace Crewline.Dashboard.Tests;

public sealed class FindingsAndOrgDesignTests : DashboardContext
{
    [Fact]
    public void Findings_lists_open_findings_with_evidence_and_fix_and_plots_them_over_time()
    {
        var page = Render<Findings>();

        var rows = page.FindAll("table.findings tbody tr.finding");
        var gap = Assert.Single(rows);
        Assert.Contains("Gap: unowned function", gap.TextContent);
        Assert.Contains("Name one accountable owner.", gap.TextContent);
        Assert.Equal($"projects/{Samples.ShootId}", gap.QuerySelector("a")!.GetAttribute("href"));
        var timeline = page.Find("svg.timeline-chart");
        Assert.Equal(30, Api.Last<GetFindingsTimelineRequest>().Days);
        Assert.NotEmpty(timeline.QuerySelectorAll("rect.kind-unowned"));
        Assert.NotEmpty(timeline.QuerySelectorAll("rect.kind-duplicated"));
    }

    [Fact]
    public void Findings_filter_by_kind_and_show_closed_ones_on_request()
    {
        var page = Render<Findings>();

        page.Find("#filter-kind").Change(FindingKind.UnstatedHierarchy.ToString());
        page.Find("#filter-closed").Change(true);
        page.Find("form.filters").Submit();

        page.WaitForAssertion(() => Assert.Contains("No reporting line was declared.", page.Find("table.findings").TextContent));
        var request = Api.Last<ListFindingsRequest>();
        Assert.Equal(FindingKind.UnstatedHierarchy, request.Kind);
        Assert.True(request.IncludeClosed);
        Assert.Contains("closed", page.Find("tr.finding").ClassList);
    }

    [Fact]
    public void A_finding_that_opens_appears_in_the_list_live()
    {
        var page = Render<Findings>();
        StartLive();
        var duplicate = Samples.Finding("f-dup", FindingKind.DuplicatedFunction, "R-FAIL-1", "timeline", "Timeline has two owners.");
        Api.AddFinding(duplicate);

        Api.Push(new LiveUpdate { Kind = LiveUpdateKind.FindingOpened, ProjectId = Samples.ShootId, Finding = duplicate });

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tr.finding").Count));
        Assert.NotNull(page.Find("tr[data-finding='f-dup']"));
    }

    [Fact]
    public void Org_design_puts_the_org_in_its_quadrant_with_the_reasons()
    {
        var page = Render<OrgDesign>();

        Assert.Equal(StaffingQuadrant.ProducerAlone.ToString(), page.Find("svg.quadrant g.advised").GetAttribute("data-quadrant"));
        Assert.NotNull(page.Find("svg.quadrant circle.org-point"));
        Assert.Equal("A producer alone", page.Find(".advice h2").TextContent);
        Assert.Equal(2, page.FindAll(".reasons li").Count);
        Assert.Contains("R-ORG-6", page.Find(".reasons").TextContent);
        Assert.Equal("Borderline: between A producer alone and Both roles, structured.", page.Find(".advice .borderline").TextContent);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    public void In_the_borderline_zone_the_point_sits_in_the_quadrant_the_advice_names(int productions)
    {
        Api.OrgDesign.ConcurrentProductions = productions;
        Api.OrgDesign.Advice.ConcurrentProductions = productions;
        var page = Render<OrgDesign>();

        var advised = page.Find("svg.quadrant g.advised rect");
        var left = double.Parse(advised.GetAttribute("x")!, System.Globalization.CultureInfo.InvariantCulture);
        var width = double.Parse(advised.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        var x = double.Parse(page.Find("svg.quadrant circle.org-point").GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(x, left, left + width);
    }

    [Fact]
    public void The_live_indicator_turns_live_once_the_stream_is_open()
    {
        var indicator = Render<LiveIndicator>();
        Assert.Contains("Connecting", indicator.Find("[role=status]").TextContent);

        StartLive();

        indicator.WaitForAssertion(() => Assert.Contains("Live", indicator.Find(".live-live").TextContent));
        Assert.Single(Api.Requests.OfType<WatchUpdatesRequest>());
    }
}
