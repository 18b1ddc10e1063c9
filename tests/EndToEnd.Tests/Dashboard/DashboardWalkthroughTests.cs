using Aspire.Hosting.Testing;
using Crewline.Contracts;
using Crewline.Dashboard.Tests.Browser;
using Crewline.TestSupport;
using Microsoft.Playwright;
using Common = Crewline.Contracts.Common.V1;
using Own = Crewline.Contracts.Ownership.V1;
using Rep = Crewline.Contracts.Reporting.V1;

namespace Crewline.EndToEnd.Tests.Dashboard;

/// <summary>
/// The ops dashboard in a real browser (Playwright driving Debian's Chromium, headless) through
/// the gateway, on the whole suite: an org of its own made through the public API with a project
/// carrying a failure mode (an unowned function, R-FAIL-2), signed in with a development token
/// from the gateway, its findings, the project page, and a duplicated function (R-FAIL-1) that
/// appears on the open project page live after the command that causes it, with no reload.
/// Screenshots of each main page go to artifacts/screenshots/.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class DashboardWalkthroughTests(SuiteFixture suite) : IAsyncLifetime
{
    private static readonly TimeSpan ReadModelWait = TimeSpan.FromSeconds(60);
    private static readonly float BrowserWaitMs = 60_000;

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
    public async Task Sign_in_through_the_gateway_see_the_findings_open_a_project_and_see_a_new_finding_arrive_live()
    {
        // An org with a PM (its admin) and a producer, and a project whose producer role nobody
        // holds any more: the producer's functions are unowned (R-FAIL-2 gaps).
        var org = Guid.NewGuid();
        var pmChannel = suite.GatewayChannel(await suite.TokenAsync("pm", org));
        var orgs = new Own.OrgService.OrgServiceClient(pmChannel);
        await orgs.AddPersonAsync(new Own.AddPersonRequest { Name = "Alex PM", Email = "alex@example.com", Subject = "pm" });
        await orgs.ConfigureOrgAsync(new Own.ConfigureOrgRequest { Name = "Dashboard agency", IndustryPreset = Own.IndustryPreset.Advertising });
        var producer = await orgs.AddPersonAsync(new Own.AddPersonRequest { Name = "Sam Producer", Email = "sam@example.com", Subject = "producer" });
        var projectName = $"Spring spot {Guid.NewGuid().ToString("N")[..6]}";
        var project = await new Own.OwnershipService.OwnershipServiceClient(pmChannel).CreateProjectAsync(new Own.CreateProjectRequest
        {
            Name = projectName, Type = Own.ProjectType.CommercialProduction, CreatorRoles = { Common.ProjectRole.ProjectManager },
        });
        var projectId = project.ProjectId;
        var projects = new Own.ProjectService.ProjectServiceClient(pmChannel);
        await projects.AddMemberAsync(new Own.AddMemberRequest { ProjectId = projectId, PersonId = producer.PersonId, Role = Common.ProjectRole.Producer });
        await projects.RemoveRoleAsync(new Own.RemoveRoleRequest { ProjectId = projectId, PersonId = producer.PersonId, Role = Common.ProjectRole.Producer });
        var pmFunction = (await projects.GetMatrixAsync(new Own.GetMatrixRequest { ProjectId = projectId })).Rows
            .First(r => r.Ownership == Own.RowOwnership.SingleOwner && r.Owners.SequenceEqual([Common.ProjectRole.ProjectManager]));

        // Reporting has projected the project and its gap before the browser looks (eventually consistent).
        var findings = new Rep.FindingsService.FindingsServiceClient(pmChannel);
        await Eventually.Until(async () => (await findings.ListFindingsAsync(new Rep.ListFindingsRequest { ProjectId = projectId })).Findings
            .Any(f => f.Finding.Kind == Common.FindingKind.UnownedFunction), ReadModelWait);

        await using var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = suite.App.GetEndpoint(ResourceNames.Gateway, ResourceNames.HttpEndpoint).ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(BrowserWaitMs);
        Assertions.SetDefaultExpectTimeout(BrowserWaitMs);

        // Sign in through the gateway: the dashboard gets a token from the gateway's development endpoint.
        await page.GotoAsync("/dashboard/signin");
        await page.GetByLabel("Person id (subject)").FillAsync("pm");
        await page.GetByLabel("Org id (a UUID)").FillAsync(org.ToString());
        await page.Locator("#signin-dev").ClickAsync();

        // The portfolio: the project, failing.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Portfolio", Level = 1 })).ToBeVisibleAsync();
        var row = page.Locator($"tr[data-project='{projectId}']");
        await Assertions.Expect(row).ToContainTextAsync(projectName);
        await Assertions.Expect(page.Locator(".live-live")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("portfolio"), FullPage = true });

        // The findings: the org's gap, with its rule, evidence and fix.
        await page.GetByRole(AriaRole.Link, new() { Name = "Findings", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Findings", Level = 1 })).ToBeVisibleAsync();
        var gap = page.Locator("table.findings tr.finding", new() { HasText = "R-FAIL-2" }).Filter(new() { HasText = projectName });
        await Assertions.Expect(gap.First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg.timeline-chart")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("findings"), FullPage = true });

        // The project page, from the finding's project link: the gap highlighted in the matrix.
        await gap.First.GetByRole(AriaRole.Link, new() { Name = projectName }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = projectName, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.matrix tr.gap").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.findings")).ToContainTextAsync("R-FAIL-2");
        await Assertions.Expect(page.Locator("table.findings")).Not.ToContainTextAsync("R-FAIL-1");
        await Assertions.Expect(page.Locator(".live-live")).ToBeVisibleAsync();

        // A command through the API: a second owner on a PM function is a duplicate (R-FAIL-1).
        await page.EvaluateAsync("() => { window.crewlineNoReload = true; }");
        await projects.AddOwnerAsync(new Own.ChangeOwnerRequest { ProjectId = projectId, FunctionKey = pmFunction.FunctionKey, Owner = Common.ProjectRole.Producer });

        // It appears on the open page by itself: pushed over the circuit, no reload.
        var duplicate = page.Locator("table.findings tr.finding", new() { HasText = "R-FAIL-1" });
        await Assertions.Expect(duplicate).ToContainTextAsync(pmFunction.FunctionKey);
        await Assertions.Expect(page.Locator($"table.matrix tr.duplicated[data-function='{pmFunction.FunctionKey}']")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.crewlineNoReload === true"), "the page was reloaded");
        await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("project"), FullPage = true });

        // The org design view.
        await page.GetByRole(AriaRole.Link, new() { Name = "Org design", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("svg.quadrant")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".advice h2")).Not.ToBeEmptyAsync();
        await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("org-design"), FullPage = true });
    }
}
