using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Crewline.Contracts;
using Crewline.EndToEnd.Tests.Tracing;
using Crewline.TestSupport;
using Grpc.Core;
using Grpc.Net.Client;

namespace Crewline.EndToEnd.Tests;

/// <summary>
/// Starts the whole suite once through the real AppHost in local mode (no Docker): RabbitMQ and
/// PostgreSQL as processes on this run's own free ports and data folder, every service and the
/// gateway, each waited for until healthy. The demo org is off (AppHost/appsettings.Development.json
/// turns it on for run mode) unless a fixture turns it on (<see cref="DemoOrg"/>).
/// </summary>
public class SuiteFixture : IAsyncLifetime
{
    public const string SigningKey = "crewline-end-to-end-signing-key-0123456789abcdef";
    public const string InboundMailSecret = "crewline-end-to-end-inbound-mail-secret";

    private readonly string _dataRoot = Path.Combine(Path.GetTempPath(), "crewline-tests", $"suite-{Guid.NewGuid():N}");
    private PortLease? _rabbitPorts;
    private PortLease? _postgresPort;
    private PortLease? _projectPorts;
    private PortLease? _smtpPort;
    private PortLease? _mailCapturePort;
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The suite is not started.");

    /// <summary>Where every service of the suite exports its telemetry (OTLP/gRPC), and the spans it received.</summary>
    public OtlpTraceReceiver Telemetry { get; } = new();

    /// <summary>Every resource the AppHost declares in local mode.</summary>
    public static IReadOnlyList<string> ResourceNamesToCheck { get; } =
        ["rabbitmq", ResourceNames.Postgres, .. ResourceNames.Services.Select(s => s.Service), ResourceNames.Gateway, ResourceNames.MailCapture, ResourceNames.Dashboard];

    public async Task InitializeAsync()
    {
        _rabbitPorts = FreePorts.Reserve(3);
        _postgresPort = FreePorts.Reserve();
        _projectPorts = FreePorts.Reserve(Crewline.AppHost.DirectEndpoints.PortsNeeded);
        _smtpPort = FreePorts.Reserve();
        _mailCapturePort = FreePorts.Reserve();
        await Telemetry.StartAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--environment=Development", // the development token endpoint exists only there
            "--Crewline:RunMode=local",
            $"--Crewline:Local:RabbitMqPort={_rabbitPorts.Port}",
            $"--Crewline:Local:PostgresPort={_postgresPort.Port}",
            $"--Crewline:Local:DataRoot={_dataRoot}",
            $"--{Crewline.AppHost.DirectEndpoints.PortBaseSetting}={_projectPorts.Port}",
            $"--Auth:SigningKey={SigningKey}",
            $"--Crewline:Local:SmtpPort={_smtpPort.Port}",
            $"--Crewline:Local:MailCapturePort={_mailCapturePort.Port}",
            $"--ClientComms:Inbound:SigningSecret={InboundMailSecret}",
            $"--{Crewline.AppHost.DemoOrgResource.EnabledSetting}={(DemoOrg ? "true" : "false")}",
        ], (options, _) => options.DisableDashboard = true, timeout.Token);
        builder.ExportTelemetryTo(Telemetry);
        Configure(builder);
        _app = await builder.BuildAsync(timeout.Token);
        await _app.StartAsync(timeout.Token);
        foreach (var name in ResourceNamesToCheck)
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
        await StartedAsync(_app, timeout.Token);
    }

    /// <summary>How long starting the suite (and <see cref="StartedAsync"/>) may take: a loaded 2-core machine needs 8 minutes.</summary>
    protected virtual TimeSpan StartTimeout => TimeSpan.FromMinutes(8);

    /// <summary>True: the AppHost seeds the demo org (src/DemoSeeder) as in run mode. False by default.</summary>
    protected virtual bool DemoOrg => false;

    /// <summary>Waits for more once every resource is healthy (e.g. the demo seeder to finish); nothing by default.</summary>
    protected virtual Task StartedAsync(DistributedApplication app, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Changes a suite of its own before it starts (e.g. a service's settings); nothing by default.</summary>
    protected virtual void Configure(IDistributedApplicationTestingBuilder builder)
    {
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        await Telemetry.DisposeAsync();
        _rabbitPorts?.Dispose();
        _postgresPort?.Dispose();
        _projectPorts?.Dispose();
        _smtpPort?.Dispose();
        _mailCapturePort?.Dispose();
        try { Directory.Delete(_dataRoot, recursive: true); }
        catch (IOException) { /* best effort */ }
        catch (UnauthorizedAccessException) { /* best effort */ }
    }

    /// <summary>A gRPC channel to the gateway's h2c endpoint; with a token, every call carries it.</summary>
    public GrpcChannel GatewayChannel(string? token)
    {
        var credentials = CallCredentials.FromInterceptor((_, metadata) =>
        {
            if (token is not null) metadata.Add("authorization", $"Bearer {token}");
            return Task.CompletedTask;
        });
        return GrpcChannel.ForAddress(App.GetEndpoint(ResourceNames.Gateway, ResourceNames.GrpcEndpoint), new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, credentials),
            UnsafeUseInsecureChannelCallCredentials = true,
        });
    }

    /// <summary>An HTTP client to the gateway's HTTP/1.1 endpoint (REST, OpenAPI, development tokens).</summary>
    public HttpClient GatewayHttp() =>
        new() { BaseAddress = App.GetEndpoint(ResourceNames.Gateway, ResourceNames.HttpEndpoint) };

    /// <summary>Mints a token through the gateway's development token endpoint, as the README shows.</summary>
    public async Task<string> TokenAsync(string subject, Guid orgId)
    {
        using var http = GatewayHttp();
        var response = await http.PostAsJsonAsync("/dev/token", new { subject, org = orgId.ToString(), name = subject });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return body?.Token ?? throw new InvalidOperationException("The token endpoint returned no token.");
    }

    private sealed record TokenResponse(string Token);
}

[CollectionDefinition(Name)]
public sealed class SuiteCollection : ICollectionFixture<SuiteFixture>
{
    public const string Name = "whole suite";
}
