using Crewline.Reporting.Features.Exports;

namespace Crewline.Reporting.Tests.Exports;

public sealed class PortfolioReportTests
{
    [Fact]
    public void The_CSV_has_a_header_row_and_one_record_per_project_in_order()
    {
        var records = CsvReader.Read(PortfolioReport.ToCsv(ReportSamples.Portfolio()));

        Assert.Equal(PortfolioReport.CsvHeader, records[0]);
        Assert.Equal(3, records.Count);
        Assert.Equal(["a", "'" + ReportSamples.HostileName, "film", "active", "failing", "p-pm", "Alex PM", "p-prod", "Sam & <Producer>", "3", "1", "2", "1", "2026-10-01T09:30:00Z"], records[1]);
        Assert.Equal(["b", "Brand refresh, phase 2", "brand identity", "closed", "closed", "", "", "", "", "0", "0", "0", "0", "2026-10-01T09:30:00Z"], records[2]);
    }

    [Fact]
    public void An_empty_portfolio_is_a_header_row_only() =>
        Assert.Equal(string.Join(',', PortfolioReport.CsvHeader) + "\r\n", PortfolioReport.ToCsv([]));

    [Fact]
    public void The_HTML_is_a_self_contained_printable_page_with_every_value_encoded()
    {
        var html = PortfolioReport.ToHtml(ReportSamples.Portfolio(), "Acme & <Sons>", ReportSamples.GeneratedAt);

        HtmlAssert.SelfContainedPrintable(html);
        Assert.Contains("Portfolio: Acme &amp; &lt;Sons&gt;", html);
        Assert.Contains("=cmd|&#39; /C calc&#39;!A0 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;", html);
        Assert.Contains("Generated 2026-11-30T20:15:00Z", html);
        Assert.Contains("<tr class=\"failing\">", html);
        Assert.Contains("Brand refresh, phase 2", html);
    }

    [Fact]
    public void The_HTML_names_the_PM_and_the_producer_and_shows_a_dash_when_nobody_holds_the_role()
    {
        var html = PortfolioReport.ToHtml(ReportSamples.Portfolio(), "Acme", ReportSamples.GeneratedAt);

        Assert.Contains("<th>PM</th>", html);
        Assert.Contains("<th>Producer</th>", html);
        Assert.Contains("Alex PM", html);
        Assert.Contains("Sam &amp; &lt;Producer&gt;", html);
        Assert.DoesNotContain("p-pm", html);
        Assert.Contains("<tr><td>Brand refresh, phase 2</td><td>—</td><td>—</td>", html);
    }
}
