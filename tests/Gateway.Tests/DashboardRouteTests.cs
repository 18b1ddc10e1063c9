using System.Net;
using Crewline.Contracts;
using Crewline.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Crewline.Gateway.Tests;

/// <summary>The gateway serves the ops dashboard at /dashboard/…, without a token (the dashboard signs its users in).</summary>
public sealed class DashboardRouteTests
{
    [Fact]
    public async Task Dashboard_paths_reach_the_dashboard_unchanged_and_without_a_token()
    {
        using var port = FreePorts.Reserve();
        await using var dashboard = await EchoDashboardAsync(port.Port);
        await using var gateway = new GatewayFactory("Production", enableDevTokens: false, dashboardAddress: $"http://127.0.0.1:{port.Port}");
        using var http = gateway.CreateClient();

        foreach (var path in new[] { "/dashboard/", "/dashboard/projects/42", "/dashboard/_framework/blazor.web.js", "/dashboard/_blazor/negotiate?negotiateVersion=1" })
        {
            using var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("dashboard saw " + path, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task The_API_still_needs_a_token_next_to_the_dashboard_route()
    {
        await using var gateway = new GatewayFactory("Production", enableDevTokens: false);
        using var http = gateway.CreateClient();

        using var response = await http.GetAsync("/v1/reporting/findings");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>A stand-in for the dashboard: answers every path with the path (and query) it received.</summary>
    private static async Task<WebApplication> EchoDashboardAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // The test's folder holds a service's appsettings.json (copied with the project references), whose
        // Kestrel endpoints would win over UseUrls: the stand-in reads no configuration at all.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Run(context => context.Response.WriteAsync($"dashboard saw {context.Request.Path}{context.Request.QueryString}"));
        await app.StartAsync();
        return app;
    }
}
