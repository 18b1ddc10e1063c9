using Crewline.Contracts;
using Crewline.TestSupport;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Crewline.Gateway.Tests;

/// <summary>
/// The gateway in memory, in the given environment, with a local signing key and every service
/// "discovered" at a port of 127.0.0.1 where nothing listens (a dead service); the dashboard too,
/// unless its address is given.
/// </summary>
public sealed class GatewayFactory(string environment, bool enableDevTokens, string? dashboardAddress = null) : WebApplicationFactory<Program>
{
    public const string SigningKey = "crewline-gateway-test-signing-key-long-enough-for-hs512-0123456789abcdef";

    private readonly PortLease _deadPort = FreePorts.Reserve();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Auth:Authority", "");
        builder.UseSetting("Auth:EnableDevTokenEndpoint", enableDevTokens ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (service, _) in ResourceNames.Services)
            foreach (var endpoint in new[] { ResourceNames.GrpcEndpoint, ResourceNames.HttpEndpoint })
                builder.UseSetting($"services:{service}:{endpoint}:0", $"http://127.0.0.1:{_deadPort.Port}");
        builder.UseSetting($"services:{ResourceNames.Dashboard}:{ResourceNames.HttpEndpoint}:0", dashboardAddress ?? $"http://127.0.0.1:{_deadPort.Port}");
    }

    /// <summary>A gRPC channel to the in-memory gateway; with a token, every call carries it.</summary>
    public GrpcChannel Channel(string? token)
    {
        var http = CreateDefaultClient();
        if (token is not null) http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpClient = http, DisposeHttpClient = true });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _deadPort.Dispose();
    }
}
