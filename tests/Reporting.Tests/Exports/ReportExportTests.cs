using System.Net;
using System.Net.Http.Headers;
using Crewline.Contracts.Reporting.V1;
using Crewline.Reporting.Tests.Portfolio;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.Reporting.Tests.Exports;

/// <summary>The status report and the portfolio as files, over gRPC and as REST downloads: same reads, permissions and filters as the queries.</summary>
[Collection(ReportingCollection.Name)]
public sealed class ReportExportTests(ReportingFixture fixture)
{
    private readonly ProjectionDriver driver = new(fixture);

    [Fact]
    public async Task A_projects_status_report_exports_as_CSV_and_printable_HTML()
    {
        var org = Guid.NewGuid();
        var client = await driver.AdminOfAsync(org);
        var s = new PortfolioScenario(org);
        await driver.PublishAsync(s.Events);

        var csv = await client.ExportProjectStatusAsync(new ExportProjectStatusRequest { ProjectId = s.ProjectId.ToString(), Format = ReportFormat.Csv });
        var html = await client.ExportProjectStatusAsync(new ExportProjectStatusRequest { ProjectId = s.ProjectId.ToString(), Format = ReportFormat.Html });

        Assert.Equal(("text/csv; charset=utf-8", $"status-harbour-film-{s.ProjectId}.csv"), (csv.ContentType, csv.FileName));
        Assert.Contains("Harbour film", csv.Content);
        Assert.Contains("vendor-invoices", csv.Content);
        Assert.StartsWith("<!DOCTYPE html>", html.Content, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Harbour film", html.Content);
        Assert.Contains("@media print", html.Content);
    }

    [Fact]
    public async Task The_portfolio_exports_with_the_list_filters_and_another_orgs_project_is_not_found()
    {
        var org = Guid.NewGuid();
        var client = await driver.AdminOfAsync(org);
        var s = new PortfolioScenario(org);
        await driver.PublishAsync(s.Events);
        var otherOrg = await driver.AdminOfAsync(Guid.NewGuid(), "ops-other");

        var portfolio = await client.ExportPortfolioAsync(new ExportPortfolioRequest { Format = ReportFormat.Csv });
        var none = await client.ExportPortfolioAsync(new ExportPortfolioRequest { Format = ReportFormat.Csv, ProjectType = Contracts.Ownership.V1.ProjectType.BrandIdentity });
        var others = await otherOrg.ExportPortfolioAsync(new ExportPortfolioRequest { Format = ReportFormat.Csv });

        Assert.Contains(s.ProjectId.ToString(), portfolio.Content);
        Assert.DoesNotContain(s.ProjectId.ToString(), none.Content);
        Assert.DoesNotContain(s.ProjectId.ToString(), others.Content);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => otherOrg.ExportProjectStatusAsync(
            new ExportProjectStatusRequest { ProjectId = s.ProjectId.ToString(), Format = ReportFormat.Csv }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("format", () => client.ExportProjectStatusAsync(
            new ExportProjectStatusRequest { ProjectId = s.ProjectId.ToString() }).ResponseAsync);
    }

    [Fact]
    public async Task The_REST_downloads_answer_the_files_as_attachments_and_refuse_an_unknown_format()
    {
        var org = Guid.NewGuid();
        await driver.AdminOfAsync(org);
        var s = new PortfolioScenario(org);
        await driver.PublishAsync(s.Events);
        using var http = fixture.Service.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Service.TokenFor("ops-lee", org));

        var report = await http.GetAsync($"/v1/reporting/projects/{s.ProjectId}/status-report?format=html");
        var portfolio = await http.GetAsync("/v1/reporting/portfolio/report?format=csv&phase=PROJECT_PHASE_ACTIVE");
        var pdf = await http.GetAsync($"/v1/reporting/projects/{s.ProjectId}/status-report?format=pdf");
        var badPhase = await http.GetAsync("/v1/reporting/portfolio/report?format=csv&phase=ACTIVE");

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/html", report.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", report.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("Harbour film", await report.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, portfolio.StatusCode);
        Assert.Equal("text/csv", portfolio.Content.Headers.ContentType?.MediaType);
        Assert.Contains(s.ProjectId.ToString(), await portfolio.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Contains("format", await pdf.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badPhase.StatusCode);
        Assert.Contains("phase", await badPhase.Content.ReadAsStringAsync());
    }
}
