using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Crewline.Contracts;
using Crewline.DemoSeeder;
using Crewline.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Own = Crewline.Contracts.Ownership.V1;
using Rep = Crewline.Contracts.Reporting.V1;

namespace Crewline.EndToEnd.Tests.Dashboard;

/// <summary>
/// The demo org as run mode seeds it: every failure mode Reporting detects is open on it, each finding
/// in the R-FAIL-4 shape; and the seeder run again on the kept data finds the org and adds nothing.
/// </summary>
[Collection(DemoSuiteCollection.Name)]
public sealed class DemoOrgTests(DemoSuiteFixture suite)
{
    // The sign-off deadline the AppHost sets with the demo on, then a scan or two, on a loaded machine.
    private static readonly TimeSpan FindingsWait = TimeSpan.FromMinutes(4);
    private static readonly DemoPlan Demo = DemoPlan.Northwind;

    [Fact]
    [Trait("Rule", "R-FAIL-1")]
    [Trait("Rule", "R-FAIL-2")]
    [Trait("Rule", "R-FAIL-3")]
    [Trait("Rule", "R-FAIL-4")]
    public async Task Every_failure_mode_is_open_on_the_demo_org_with_project_function_evidence_and_fix()
    {
        string[] causes =
        [
            "duplicate-owners", "conflicting-client-status", "unowned-function", "invoice-past-terms", "awaiting-signature",
            "no-reporting-line", "override-threshold",
        ];
        var findings = new Rep.FindingsService.FindingsServiceClient(suite.GatewayChannel(await suite.TokenAsync(Demo.Admin.Subject, Demo.OrgId)));
        List<Rep.ReportedFinding> open = [];
        await Eventually.Until(async () =>
        {
            open = [.. (await findings.ListFindingsAsync(new Rep.ListFindingsRequest { PageSize = 200 })).Findings];
            return open.Select(f => f.Cause).ToHashSet().IsSupersetOf(causes);
        }, FindingsWait);

        Assert.All(open, f =>
        {
            Assert.Contains(f.ProjectName, Demo.Projects.Select(p => p.Name));
            Assert.False(string.IsNullOrWhiteSpace(f.Finding.Evidence), f.Cause);
            Assert.False(string.IsNullOrWhiteSpace(f.Finding.Fix), f.Cause);
        });
        // The healthy projects show none.
        Assert.DoesNotContain(open, f => Demo.Projects.Single(p => p.Name == f.ProjectName).Healthy);
    }

    [Fact]
    public async Task The_seeder_run_again_on_the_kept_data_finds_the_demo_org_and_adds_nothing()
    {
        var ownership = new Own.OwnershipService.OwnershipServiceClient(suite.GatewayChannel(await suite.TokenAsync(Demo.Admin.Subject, Demo.OrgId)));
        var before = await ownership.ListProjectsAsync(new Own.ListProjectsRequest { PageSize = 200, AllOrgProjects = true });

        Assert.True(suite.App.ResourceNotifications.TryGetCurrentState(ResourceNames.DemoSeeder, out var first));
        var firstStart = first!.Snapshot.StartTimeStamp;
        var commands = suite.App.Services.GetRequiredService<ResourceCommandService>();
        var started = await commands.ExecuteCommandAsync(ResourceNames.DemoSeeder, KnownResourceCommands.StartCommand);
        Assert.True(started.Success, started.Message);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var finished = await suite.App.ResourceNotifications.WaitForResourceAsync(ResourceNames.DemoSeeder,
            e => e.Snapshot.State?.Text == KnownResourceStates.Finished && e.Snapshot.StartTimeStamp > firstStart,
            timeout.Token);

        Assert.Equal(0, finished.Snapshot.ExitCode);
        var after = await ownership.ListProjectsAsync(new Own.ListProjectsRequest { PageSize = 200, AllOrgProjects = true });
        Assert.Equal(before.Projects.Select(p => p.ProjectId).Order(), after.Projects.Select(p => p.ProjectId).Order());
    }
}
