using Crewline.Dashboard.Api;
using Crewline.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crewline.Dashboard.Tests.Browser;

/// <summary>
/// The real dashboard on a real port (Kestrel, so a browser can reach it), answering from a
/// <see cref="FakeReportingApi"/> instead of the gateway: the dashboard's pages in a browser,
/// before Reporting serves data.
/// </summary>
public sealed class DashboardHost : WebApplicationFactory<Program>
{
    private readonly PortLease _port = FreePorts.Reserve();

    public DashboardHost(FakeReportingApi api)
    {
        Api = api;
        UseKestrel(_port.Port);
    }

    public FakeReportingApi Api { get; }

    public string BaseUrl => $"http://127.0.0.1:{_port.Port}/dashboard/";

    /// <summary>A plain HTTP client to the started host's port, following no redirects.</summary>
    public HttpClient Http()
    {
        StartServer();
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{_port.Port}/") };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Auth:SigningKey", "crewline-dashboard-test-signing-key-0123456789abcdef");
        builder.UseSetting("Auth:Authority", "");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Kestrel:Endpoints:http:Url", $"http://127.0.0.1:{_port.Port}");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IReportingApi>();
            services.AddSingleton<IReportingApi>(Api);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _port.Dispose();
    }
}
