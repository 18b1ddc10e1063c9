using Crewline.Reporting.Features.Exports;

namespace Crewline.Reporting.Tests.Exports;

public sealed class ProjectStatusReportTests
{
    private static List<List<string>> Records(string section) =>
        CsvReader.Read(ProjectStatusReport.ToCsv(ReportSamples.Status())).Skip(1).Where(r => r[0] == section).ToList();

    [Fact]
    public void The_CSV_is_one_table_of_uniform_records_with_a_header_row()
    {
        var records = CsvReader.Read(ProjectStatusReport.ToCsv(ReportSamples.Status()));

        Assert.Equal(ProjectStatusReport.CsvHeader, records[0]);
        Assert.All(records, r => Assert.Equal(ProjectStatusReport.CsvHeader.Length, r.Count));
        Assert.Equal(
            ["summary", "member", "matrix", "plan", "scope change", "spoc", "kickoff", "closeout", "conversation", "finding"],
            records.Skip(1).Select(r => r[0]).Distinct());
    }

    [Fact]
    public void The_CSV_summary_keeps_a_hostile_project_name_as_text_and_says_the_hierarchy_is_not_declared()
    {
        var summary = Records("summary").ToDictionary(r => r[2], r => r[8]);
        Assert.Equal("'" + ReportSamples.HostileName, summary["Project"]);
        Assert.Equal("not declared", summary["Hierarchy"]);
        Assert.Equal("failing", summary["Health"]);
        Assert.Equal("2026-10-01T09:30:00Z", summary["Created"]);
    }

    [Fact]
    public void The_CSV_matrix_marks_gaps_and_duplicates_with_their_fix()
    {
        var matrix = Records("matrix").ToDictionary(r => r[1]);
        Assert.Equal("duplicated", matrix["vendor-invoices"][4]);
        Assert.Equal("project manager; producer", matrix["vendor-invoices"][5]);
        Assert.StartsWith("DUPLICATE", matrix["vendor-invoices"][8]);
        Assert.Equal("Keep one owner, or declare the function shared.", matrix["vendor-invoices"][9]);
        Assert.StartsWith("GAP", matrix["client-status"][8]);
        Assert.Equal("Name an owner role.", matrix["client-status"][9]);
        Assert.Equal("confirmed", matrix["shoot-schedule"][8]);
    }

    [Fact]
    public void The_CSV_plan_scope_changes_and_findings_carry_their_dates_status_evidence_and_fix()
    {
        var plan = Records("plan").ToDictionary(r => r[1]);
        Assert.Equal(["plan", "i-1", "Client review", "milestone", "planned", "project manager", "2026-11-01", "2026-11-10", "late", ""], plan["i-1"]);
        Assert.Equal("added by scope change cr-1", plan["i-2"][8]);

        var change = Assert.Single(Records("scope change"));
        Assert.Equal(["scope change", "cr-1", "A 15-second cut, \"urgent\"", "", "signing off", "project manager", "2026-10-01T09:30:00Z", "", "open 90061 s", ""], change);

        var finding = Assert.Single(Records("finding"));
        Assert.Equal(["finding", "f-1", "second-timeline", "duplicated function", "R-FAIL-1", "vendor-invoices", "2026-10-01T09:30:00Z", "",
            "PM and producer both own vendor-invoices; 2 timelines", "Keep one owner, or declare it shared."], finding);

        Assert.Equal("3 of 5", Assert.Single(Records("kickoff"))[8]);
        Assert.Equal("Alex PM", Assert.Single(Records("spoc"))[2]);
    }

    [Fact]
    public void The_HTML_is_a_self_contained_printable_page_with_a_section_per_part_in_order()
    {
        var html = ProjectStatusReport.ToHtml(ReportSamples.Status(), ReportSamples.GeneratedAt);

        HtmlAssert.SelfContainedPrintable(html);
        string[] sections = ["Summary", "Ownership matrix", "Plan by role", "Milestones due and late", "Open scope changes",
            "Single point of contact", "Kickoff and closeout", "Client conversation", "Open findings"];
        var positions = sections.Select(s => html.IndexOf($"<section><h2>{s}</h2>", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("Generated 2026-11-30T20:15:00Z", html);
    }

    [Fact]
    public void The_HTML_encodes_every_value_and_marks_gaps_duplicates_and_late_work()
    {
        var html = ProjectStatusReport.ToHtml(ReportSamples.Status(), ReportSamples.GeneratedAt);

        Assert.DoesNotContain(ReportSamples.HostileName, html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        Assert.Contains("A 15-second cut, &quot;urgent&quot;", html);
        Assert.Contains("<tr class=\"gap\"><td>Client status (client-status)</td>", html);
        Assert.Contains("<tr class=\"duplicate\"><td>Vendor invoices (vendor-invoices)</td>", html);
        Assert.Contains("<tr class=\"late\"><td>Client review</td>", html);
        Assert.Contains("<h3>Project manager</h3>", html);
        Assert.Contains("<h3>Producer</h3>", html);
        Assert.Contains("PM and producer both own vendor-invoices; 2 timelines", html);
        Assert.Contains("Keep one owner, or declare it shared.", html);
        Assert.Contains("1 d 1 h", html); // 90061 s open
    }

    [Fact]
    public void An_empty_status_still_makes_every_section_saying_what_is_missing()
    {
        var html = ProjectStatusReport.ToHtml(new Crewline.Contracts.Reporting.V1.ProjectStatus { ProjectId = "p", Name = "New" }, ReportSamples.GeneratedAt);

        HtmlAssert.SelfContainedPrintable(html);
        Assert.Contains("No ownership matrix yet.", html);
        Assert.Contains("The plan has no items yet.", html);
        Assert.Contains("No SPOC has been named yet.", html);
        Assert.Contains("No open finding.", html);
        var csv = CsvReader.Read(ProjectStatusReport.ToCsv(new Crewline.Contracts.Reporting.V1.ProjectStatus { ProjectId = "p", Name = "New" }));
        Assert.Contains(csv, r => r[0] == "kickoff" && r[8] == "");
    }
}
