using Crewline.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.AppHost.Infrastructure;

/// <summary>
/// RabbitMQ and PostgreSQL started by the AppHost as executables from <c>scripts/</c>, each on
/// its own port and data folder, healthy once its port accepts connections.
/// </summary>
public sealed class LocalInfrastructure : ICrewlineInfrastructure
{
    private readonly Dictionary<string, IResourceBuilder<IResourceWithConnectionString>> _databases = new();

    public LocalInfrastructure(IDistributedApplicationBuilder builder, LocalServerSettings settings)
    {
        var rabbit = AddServer(builder, settings, "rabbitmq", "rabbitmq-local.sh", settings.RabbitMqPort);
        var postgres = AddServer(builder, settings, ResourceNames.Postgres, "postgres-local.sh", settings.PostgresPort);

        Messaging = builder.AddConnectionString(ResourceNames.Messaging,
            ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{settings.RabbitMqPort.ToString()}/"));
        foreach (var (service, database) in ResourceNames.Services)
        {
            _databases[database] = builder.AddConnectionString(database, ReferenceExpression.Create(
                $"Host=127.0.0.1;Port={settings.PostgresPort.ToString()};Username=crewline;Database={service}"));
        }
        WaitTargets = [rabbit, postgres];
    }

    public RunMode Mode => RunMode.Local;
    public IResourceBuilder<IResourceWithConnectionString> Messaging { get; }
    public IResourceBuilder<IResourceWithConnectionString> Database(string connectionName) => _databases[connectionName];
    public IReadOnlyList<IResourceBuilder<IResource>> WaitTargets { get; }

    private static IResourceBuilder<IResource> AddServer(
        IDistributedApplicationBuilder builder, LocalServerSettings settings, string name, string script, int port)
    {
        var healthCheck = $"{name}-accepts-connections";
        builder.Services.AddHealthChecks().AddCheck(healthCheck, new TcpPortHealthCheck("127.0.0.1", port));
        var dataDirectory = Path.Combine(settings.DataRoot, $"{name}-{port}");
        return builder.AddExecutable(name, "bash", settings.ScriptsDirectory, script, port.ToString(), dataDirectory)
            .WithHealthCheck(healthCheck);
    }
}
