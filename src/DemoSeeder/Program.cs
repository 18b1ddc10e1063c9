using Crewline.DemoSeeder;

// Run mode only (the AppHost starts it when Crewline:Demo:Enabled is on, after the gateway is
// healthy): seeds the demo org through the public API, then exits 0 (1 when seeding failed).
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders().AddSimpleConsole(o =>
{
    o.SingleLine = true; // one line per step in the Aspire dashboard's console log
    o.ColorBehavior = Microsoft.Extensions.Logging.Console.LoggerColorBehavior.Disabled;
});
using var host = builder.Build();
var logger = host.Services.GetRequiredService<ILogger<DemoOrgSeeder>>();
var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
try
{
    using var http = new HttpClient();
    using var gateway = new DemoGateway(GatewayAddresses.From(builder.Configuration), DemoPlan.Northwind.OrgId, http);
    await new DemoOrgSeeder(DemoPlan.Northwind, gateway, logger).RunAsync(lifetime.ApplicationStopping);
    return 0;
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    logger.LogError(ex, "Seeding the demo org failed.");
    return 1;
}
