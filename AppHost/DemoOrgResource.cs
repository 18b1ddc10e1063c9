using Crewline.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Crewline.AppHost;

/// <summary>
/// Run mode only: the demo org (src/DemoSeeder), an example agency seeded through the gateway's public
/// API once the gateway is healthy, so a newcomer sees a populated ops dashboard. On only when
/// <c>Crewline:Demo:Enabled</c> is true (AppHost/appsettings.Development.json sets it) and the AppHost
/// runs in Development with a local signing key (the seeder signs in with development tokens): never
/// in a published configuration; the whole-suite tests turn it off unless a fixture turns it on.
/// <para>
/// With the demo on, and only then, ScopeChanges' sign-off window is short (<see cref="DemoSignOffWindow"/>)
/// so the demo's scope change waiting on one signature passes its deadline and is escalated (R-FAIL-2)
/// minutes after seeding, and the two deadline scans (sign-offs, overdue invoices) run every
/// <see cref="DemoScanInterval"/>. The assessment window and the leadership escalation keep their defaults.
/// </para>
/// </summary>
public static class DemoOrgResource
{
    public const string EnabledSetting = "Crewline:Demo:Enabled";
    public const string DemoSignOffWindow = "00:01:00";
    public const string DemoScanInterval = "00:00:15";

    public static bool IsOn(IDistributedApplicationBuilder builder, AuthSettings auth) =>
        builder.ExecutionContext.IsRunMode && builder.Environment.IsDevelopment() && auth.UsesLocalSigningKey
        && builder.Configuration.GetValue<bool>(EnabledSetting);

    public static void AddDemoOrg(this IDistributedApplicationBuilder builder, AuthSettings auth, IResourceBuilder<ProjectResource> gateway,
        IResourceBuilder<ProjectResource> ownership, IResourceBuilder<ProjectResource> scopeChanges)
    {
        if (!IsOn(builder, auth)) return;
        scopeChanges.WithEnvironment("ScopeChanges__Deadlines__SignOffWindow", DemoSignOffWindow)
            .WithEnvironment("ScopeChanges__Deadlines__ScanInterval", DemoScanInterval);
        ownership.WithEnvironment("Ledger__OverdueScan__Interval", DemoScanInterval);
        builder.AddProject<Projects.DemoSeeder>(ResourceNames.DemoSeeder)
            .WithReference(gateway)
            .WaitFor(gateway)
            .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName);
    }
}
