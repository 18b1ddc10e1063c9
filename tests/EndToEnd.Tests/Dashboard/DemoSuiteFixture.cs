using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Crewline.Contracts;

namespace Crewline.EndToEnd.Tests.Dashboard;

/// <summary>
/// The whole suite as run mode starts it with the demo on: the AppHost seeds the demo org through
/// the gateway (src/DemoSeeder), and the fixture is ready once the seeder has finished, successfully.
/// </summary>
public sealed class DemoSuiteFixture : SuiteFixture
{
    protected override bool DemoOrg => true;

    /// <summary>The suite's start, then seeding (a minute or two, several on a loaded machine).</summary>
    protected override TimeSpan StartTimeout => TimeSpan.FromMinutes(15);

    protected override async Task StartedAsync(DistributedApplication app, CancellationToken cancellationToken)
    {
        var finished = await app.ResourceNotifications.WaitForResourceAsync(ResourceNames.DemoSeeder,
            e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), cancellationToken);
        var exitCode = finished.Snapshot.ExitCode;
        if (exitCode != 0)
            throw new InvalidOperationException($"The demo seeder ended {finished.Snapshot.State?.Text} with exit code {exitCode?.ToString() ?? "none"}: see its log.");
    }
}

[CollectionDefinition(Name)]
public sealed class DemoSuiteCollection : ICollectionFixture<DemoSuiteFixture>
{
    public const string Name = "whole suite with the demo org";
}
