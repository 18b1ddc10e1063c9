using System.Diagnostics;
using System.Globalization;
using Crewline.Bench.Mail;
using Crewline.Contracts;
using Crewline.TestSupport;

namespace Crewline.Bench.Suite;

/// <summary>
/// The whole suite on this machine, owned by the harness: a PostgreSQL and a RabbitMQ server on
/// free ports and fresh data folders (as the tests start them), and the four services and the
/// gateway as Release processes configured the way the AppHost configures them (connection
/// strings, signing key, service discovery). Started in the AppHost's order: servers, then the
/// services once the servers accept connections, then the gateway once every service is healthy.
/// ClientComms' SMTP relay is the harness's own capture server (<see cref="MailSink"/>): no real mail.
/// </summary>
public sealed class BenchSuite : IAsyncDisposable
{
    /// <summary>The local signing key of this run's tokens (the AppHost's local mode uses one the same way).</summary>
    public const string SigningKey = "crewline-bench-signing-key-0123456789abcdef-0123456789abcdef";
    public const string Audience = "crewline";

    private static readonly TimeSpan HealthTimeout = TimeSpan.FromMinutes(6); // a loaded 2-core machine needs minutes

    /// <summary>Resource name, project folder, database connection name (null for the gateway).</summary>
    private static readonly (string Name, string Folder, string? Database)[] Layout =
    [
        (ResourceNames.Ownership, "Ownership", ResourceNames.OwnershipDb),
        (ResourceNames.ScopeChanges, "ScopeChanges", ResourceNames.ScopeChangesDb),
        (ResourceNames.ClientComms, "ClientComms", ResourceNames.ClientCommsDb),
        (ResourceNames.Reporting, "Reporting", ResourceNames.ReportingDb),
        (ResourceNames.Gateway, "Gateway", null),
    ];

    private readonly List<PortLease> _ports = [];
    private readonly Dictionary<string, ServiceProcess> _services = new();
    private readonly HttpClient _health = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly string _logDirectory;

    private BenchSuite(string logDirectory, PortLease smtpPort)
    {
        _logDirectory = logDirectory;
        _ports.Add(smtpPort);
        MailSink = new MailSink(smtpPort.Port, Clock);
    }

    /// <summary>One clock for the whole run (open-loop due times, visibility and arrival times).</summary>
    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    /// <summary>The SMTP server ClientComms relays to: it records when each message arrived.</summary>
    public MailSink MailSink { get; }

    public LocalPostgres Postgres { get; } = new();
    public LocalRabbitMq RabbitMq { get; } = new();
    public string LogDirectory => _logDirectory;

    public Uri Broker => RabbitMq.UriOf("");
    public IEnumerable<ServiceProcess> Services => _services.Values;
    public ServiceProcess this[string name] => _services[name];

    /// <summary>The connection string of a service's database (the AppHost names the database after the service).</summary>
    public string DatabaseOf(string service) => Postgres.ConnectionString(service);

    /// <summary>Builds every service in Release (an up-to-date build is quick) and lays out their ports and logs.</summary>
    public static async Task<BenchSuite> BuildAsync(string repoRoot, string logDirectory, Action<string> progress, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(logDirectory);
        var suite = new BenchSuite(logDirectory, FreePorts.Reserve());
        progress("building the services (Release)");
        await ServiceBuild.ReleaseAsync(repoRoot, cancellationToken);
        foreach (var (name, folder, _) in Layout)
        {
            var dll = ServiceBuild.EntryAssembly(repoRoot, folder);
            var lease = FreePorts.Reserve(2);
            suite._ports.Add(lease);
            suite._services[name] = new ServiceProcess(name, dll, lease.Port, lease.Port + 1, Path.Combine(logDirectory, $"{name}.log"));
        }
        return suite;
    }

    /// <summary>Starts the servers, then the services, then the gateway; returns how long each stage took.</summary>
    public async Task<StartTimings> StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var postgres = Timed(Postgres.StartAsync);
        var rabbit = Timed(RabbitMq.StartAsync);
        await MailSink.StartAsync();
        var postgresTime = await postgres;
        var rabbitTime = await rabbit;
        var serversReady = clock.Elapsed;

        var domain = Layout.Where(l => l.Database is not null).Select(l => _services[l.Name]).ToList();
        foreach (var service in domain) service.Start(DomainEnvironment(Layout.Single(l => l.Name == service.Name).Database!, service.Name));
        await Task.WhenAll(domain.Select(s => s.WaitHealthyAsync(_health, HealthTimeout, cancellationToken)));
        var servicesReady = clock.Elapsed;

        var gateway = _services[ResourceNames.Gateway];
        gateway.Start(GatewayEnvironment());
        await gateway.WaitHealthyAsync(_health, HealthTimeout, cancellationToken);
        return new StartTimings(postgresTime, rabbitTime, serversReady, servicesReady, clock.Elapsed);
    }

    /// <summary>Stops the gateway, the services, then the servers (their data folders stay, for a warm start).</summary>
    public async Task StopAsync()
    {
        await _services[ResourceNames.Gateway].StopAsync();
        await Task.WhenAll(_services.Values.Select(s => s.StopAsync()));
        await Task.WhenAll(Postgres.StopAsync(), RabbitMq.StopAsync());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Task.WhenAll(_services.Values.Select(s => s.StopAsync()));
        }
        finally
        {
            await MailSink.DisposeAsync();
            await Postgres.DisposeAsync();
            await RabbitMq.DisposeAsync();
            foreach (var lease in _ports) lease.Dispose();
            _health.Dispose();
        }
    }

    private Dictionary<string, string> Common() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["Auth__SigningKey"] = SigningKey,
        ["Auth__Audience"] = Audience,
        [$"ConnectionStrings__{ResourceNames.Messaging}"] = Broker.ToString(),
    };

    private Dictionary<string, string> DomainEnvironment(string databaseConnection, string service)
    {
        var environment = Common();
        environment[$"ConnectionStrings__{databaseConnection}"] = DatabaseOf(service);
        if (service == ResourceNames.ClientComms)
        {
            // As the AppHost's run mode points it at src/MailCapture: plain SMTP on loopback.
            environment["ClientComms__Mail__Smtp__Host"] = "127.0.0.1";
            environment["ClientComms__Mail__Smtp__Port"] = MailSink.Port.ToString(CultureInfo.InvariantCulture);
            environment["ClientComms__Mail__Smtp__TlsMode"] = "None";
        }
        return environment;
    }

    /// <summary>The gateway finds each service as Aspire's service discovery tells it: <c>services__&lt;name&gt;__&lt;endpoint&gt;__0</c>.</summary>
    private Dictionary<string, string> GatewayEnvironment()
    {
        var environment = Common();
        foreach (var (service, _) in ResourceNames.Services)
        {
            environment[$"services__{service}__{ResourceNames.HttpEndpoint}__0"] = _services[service].HttpAddress.ToString().TrimEnd('/');
            environment[$"services__{service}__{ResourceNames.GrpcEndpoint}__0"] = _services[service].GrpcAddress.ToString().TrimEnd('/');
        }
        return environment;
    }

    private static async Task<TimeSpan> Timed(Func<Task> start)
    {
        var clock = Stopwatch.StartNew();
        await start();
        return clock.Elapsed;
    }
}

/// <summary>
/// How long a start took: each server until it accepted connections, and from the start until
/// both servers, every service, and finally the gateway were ready (all healthy).
/// </summary>
public sealed record StartTimings(TimeSpan Postgres, TimeSpan RabbitMq, TimeSpan ServersReady, TimeSpan ServicesHealthy, TimeSpan AllHealthy);
