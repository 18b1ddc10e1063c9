using Aspire.Hosting.Testing;
using Crewline.Contracts;
using Crewline.Dashboard.Tests.Browser;
using Crewline.DemoSeeder;
using Crewline.TestSupport;
using Microsoft.Playwright;
using Common = Crewline.Contracts.Common.V1;
using Own = Crewline.Contracts.Ownership.V1;
using Rep = Crewline.Contracts.Reporting.V1;

namespace Crewline.EndToEnd.Tests.Dashboard;

/// <summary>
/// The ops dashboard in a real browser (Playwright driving Debian's Chromium, headless) through
/// the gateway, on the whole suite with the demo org seeded as in run mode: signed in as the demo
/// org's admin with a development token from the gateway, the portfolio of its projects, its
/// findings (R-FAIL-1..3), a healthy demo project's page, and a duplicated function (R-FAIL-1) that
/// appears on the open project page live after the command that causes it, with no reload; then the
/// decision log and the scope-change log across projects, and the org design view.
/// Screenshots of each main page go to artifacts/screenshots/.
/// </summary>
[Collection(DemoSuiteCollection.Name)]
public sealed class DashboardWalkthroughTests(DemoSuiteFixture suite) : IAsyncLifetime
{
    private static readonly TimeSpan ReadModelWait = TimeSpan.FromSeconds(90);
    private static readonly float BrowserWaitMs = 60_000;
    private static readonly DemoPlan Demo = DemoPlan.Northwind;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync() => (_playwright, _browser) = await HeadlessChromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    [Fact]
    [Trait("Rule", "R-FAIL-1")]
    [Trait("Rule", "R-FAIL-2")]
    [Trait("Rule", "R-FAIL-3")]
    public async Task Sign_in_through_the_gateway_see_the_demo_orgs_findings_open_a_project_and_see_a_new_finding_arrive_live()
    {
        var admin = Demo.Admin;
        var adminChannel = suite.GatewayChannel(await suite.TokenAsync(admin.Subject, Demo.OrgId));
        var projectIds = (await new Own.OwnershipService.OwnershipServiceClient(adminChannel)
                .ListProjectsAsync(new Own.ListProjectsRequest { PageSize = 200, AllOrgProjects = true })).Projects
            .ToDictionary(p => p.Name, p => p.ProjectId);
        Assert.Equal(Demo.Projects.Select(p => p.Name).Order(), projectIds.Keys.Order());

        // Reporting has projected the demo's findings of each failure mode before the browser looks (eventually consistent).
        var findings = new Rep.FindingsService.FindingsServiceClient(adminChannel);
        await Eventually.Until(async () => (await findings.ListFindingsAsync(new Rep.ListFindingsRequest { PageSize = 200 })).Findings
            .Select(f => f.Finding.RuleId).ToHashSet().IsSupersetOf(["R-FAIL-1", "R-FAIL-2", "R-FAIL-3"]), ReadModelWait);

        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = suite.App.GetEndpoint(ResourceNames.Gateway, ResourceNames.HttpEndpoint).ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(BrowserWaitMs);
        Assertions.SetDefaultExpectTimeout(BrowserWaitMs);

        // Sign in through the gateway as the demo org's admin: the dashboard gets a token from the gateway's development endpoint.
        await page.GotoAsync("/dashboard/signin");
        await page.GetByLabel("Person id (subject)").FillAsync(admin.Subject);
        await page.GetByLabel("Org id (a UUID)").FillAsync(Demo.OrgId.ToString());
        await page.Locator("#signin-dev").ClickAsync();

        // The portfolio: every demo project.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Portfolio", Level = 1 })).ToBeVisibleAsync();
        foreach (var (name, id) in projectIds)
            await Assertions.Expect(page.Locator($"tr[data-project='{id}']")).ToContainTextAsync(name);
        await Assertions.Expect(page.Locator(".live-live")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("portfolio"), FullPage = true });

        // The findings: the demo's failure modes, each with its rule, on the project seeded to show it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Findings", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Findings", Level = 1 })).ToBeVisibleAsync();
        foreach (var (rule, failure) in new[]
                 {
                     ("R-FAIL-1", DemoFailure.DuplicatedOwner), ("R-FAIL-2", DemoFailure.UnownedFunction), ("R-FAIL-3", DemoFailure.NoReportingLine),
                 })
        {
            var shown = Demo.Projects.First(p => p.Failures.Contains(failure)).Name;
            await Assertions.Expect(page.Locator("table.findings tr.finding", new() { HasText = rule }).Filter(new() { HasText = shown }).First).ToBeVisibleAsync();
        }
        await Assertions.Expect(page.Locator("svg.timeline-chart")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("findings"), FullPage = true });

        // A healthy demo project's page, from the portfolio: started, its matrix, no duplicated function.
        var healthy = Demo.Projects.First(p => p.Healthy && p.ProjectManager != admin.Subject);
        var healthyId = projectIds[healthy.Name];
        await page.GetByRole(AriaRole.Link, new() { Name = "Portfolio", Exact = true }).ClickAsync();
        await page.Locator($"tr[data-project='{healthyId}']").GetByRole(AriaRole.Link, new() { Name = healthy.Name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = healthy.Name, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.matrix tr").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.findings")).Not.ToContainTextAsync("R-FAIL-1");
        await Assertions.Expect(page.Locator(".live-live")).ToBeVisibleAsync();

        // A command through the API by the project's PM: the producer as a second owner of a PM function is a duplicate (R-FAIL-1).
        var pmProjects = new Own.ProjectService.ProjectServiceClient(suite.GatewayChannel(await suite.TokenAsync(healthy.ProjectManager, Demo.OrgId)));
        var pmFunction = (await pmProjects.GetMatrixAsync(new Own.GetMatrixRequest { ProjectId = healthyId })).Rows
            .First(r => r.Ownership == Own.RowOwnership.SingleOwner && r.Owners.SequenceEqual([Common.ProjectRole.ProjectManager]));
        await page.EvaluateAsync("() => { window.crewlineNoReload = true; }");
        await pmProjects.AddOwnerAsync(new Own.ChangeOwnerRequest { ProjectId = healthyId, FunctionKey = pmFunction.FunctionKey, Owner = Common.ProjectRole.Producer });

        // It appears on the open page by itself: pushed over the circuit, no reload.
        var duplicate = page.Locator("table.findings tr.finding", new() { HasText = "R-FAIL-1" });
        await Assertions.Expect(duplicate).ToContainTextAsync(pmFunction.FunctionKey);
        await Assertions.Expect(page.Locator($"table.matrix tr.duplicated[data-function='{pmFunction.FunctionKey}']")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.crewlineNoReload === true"), "the page was reloaded");
        await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("project"), FullPage = true });

        // The project page links to its decision log; the Decisions page lists decisions across projects, filtered to one from there.
        await Assertions.Expect(page.Locator("a.decision-log")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Decisions", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Decisions", Level = 1 })).ToBeVisibleAsync();
        var overridden = Demo.Projects.First(p => p.Failures.Contains(DemoFailure.RepeatedOverrides)).Name;
        await Assertions.Expect(page.Locator("table.decisions tr.decision.override", new() { HasText = overridden }).First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("decisions"), FullPage = true });

        // The scope-change log across projects with its cycle times.
        await page.GetByRole(AriaRole.Link, new() { Name = "Scope changes", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Scope changes", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.scope-log tr[data-change]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".cycle-stats")).ToContainTextAsync("decided");
        await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("scope-changes"), FullPage = true });

        // The org design view.
        await page.GetByRole(AriaRole.Link, new() { Name = "Org design", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("svg.quadrant")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".advice h2")).Not.ToBeEmptyAsync();
        await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("org-design"), FullPage = true });
    }
}
