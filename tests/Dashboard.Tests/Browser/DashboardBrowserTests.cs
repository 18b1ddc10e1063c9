using System.Text;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Reporting.V1;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Crewline.Dashboard.Tests.Browser;

/// <summary>
/// The dashboard in headless Chromium against the test double: sign in with a pasted token (kept
/// in an HttpOnly cookie), every page, a finding pushed live over the circuit, sign out. Saves
/// screenshots under artifacts/screenshots/preview/.
/// </summary>
public sealed class DashboardBrowserTests : IAsyncLifetime
{
    private readonly DashboardHost _host = new(Samples.Org());
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _host.StartServer();
        (_playwright, _browser) = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Sign_in_browse_every_page_see_a_finding_arrive_live_and_sign_out()
    {
        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(_host.BaseUrl);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to see the dashboard" })).ToBeVisibleAsync();

        await page.GotoAsync(_host.BaseUrl + "signin");
        await page.GetByLabel("Bearer token").FillAsync(Token("Pat PM"));
        await page.Locator("#signin-token").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Portfolio" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".live-live")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.portfolio tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".who")).ToHaveTextAsync("Pat PM");
        var cookie = (await context.CookiesAsync()).Single(c => c.Name == "crewline_dashboard_token");
        Assert.True(cookie.HttpOnly);
        Assert.Equal("Strict", cookie.SameSite.ToString());
        await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("portfolio", "preview"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Spring shoot" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Spring shoot", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.matrix tr.gap")).ToHaveCountAsync(1);
        var duplicate = Samples.Finding("f-dup", FindingKind.DuplicatedFunction, "R-FAIL-1", "timeline", "Timeline has two owners: PM and producer.");
        _host.Api.Projects[Samples.ShootId].OpenFindings.Add(duplicate);
        _host.Api.Push(new LiveUpdate { Kind = LiveUpdateKind.FindingOpened, ProjectId = Samples.ShootId, Finding = duplicate });
        await Assertions.Expect(page.Locator("table.findings")).ToContainTextAsync("Timeline has two owners");
        await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("project", "preview"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Findings" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Findings", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg.timeline-chart")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("findings", "preview"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Org design" }).ClickAsync();
        await Assertions.Expect(page.Locator(".advice h2")).ToHaveTextAsync("A producer alone");
        await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("org-design", "preview"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "crewline_dashboard_token");
    }

    [Fact]
    public async Task The_CSV_export_downloads_the_file_Reporting_made()
    {
        _host.Api.ExportFile = new ReportFile { Format = ReportFormat.Csv, ContentType = "text/csv", FileName = "spring-shoot-status.csv", Content = "function,owner\nvendor-invoices,\n" };
        await using var context = await _browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_host.BaseUrl + "signin");
        await page.GetByLabel("Bearer token").FillAsync(Token("Pat PM"));
        await page.Locator("#signin-token").ClickAsync();
        await page.GotoAsync(_host.BaseUrl + $"projects/{Samples.ShootId}");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.export-csv").ClickAsync());

        Assert.Equal("spring-shoot-status.csv", download.SuggestedFilename);
        Assert.Equal("function,owner\nvendor-invoices,\n", await File.ReadAllTextAsync((await download.PathAsync())!));
        var request = _host.Api.Last<ExportProjectStatusRequest>();
        Assert.Equal((Samples.ShootId, ReportFormat.Csv), (request.ProjectId, request.Format));
    }

    /// <summary>A token-shaped string with the claims the dashboard displays (the gateway, not the dashboard, checks signatures).</summary>
    private static string Token(string name)
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"{Part("{\"alg\":\"HS256\",\"typ\":\"JWT\"}")}.{Part($"{{\"sub\":\"pm-1\",\"org\":\"{Guid.NewGuid()}\",\"name\":\"{name}\"}}")}.c2ln";
    }
}
