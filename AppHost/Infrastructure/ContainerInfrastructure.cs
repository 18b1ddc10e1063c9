using Crewline.Contracts;

namespace Crewline.AppHost.Infrastructure;

/// <summary>RabbitMQ and PostgreSQL as containers, one database per service.</summary>
public sealed class ContainerInfrastructure : ICrewlineInfrastructure
{
    private readonly Dictionary<string, IResourceBuilder<IResourceWithConnectionString>> _databases = new();

    public ContainerInfrastructure(IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres(ResourceNames.Postgres).WithDataVolume();
        foreach (var (service, database) in ResourceNames.Services)
            _databases[database] = postgres.AddDatabase(database, databaseName: service);
        var rabbit = builder.AddRabbitMQ(ResourceNames.Messaging).WithDataVolume();
        Messaging = rabbit;
        WaitTargets = [postgres, rabbit];
    }

    public RunMode Mode => RunMode.Container;
    public IResourceBuilder<IResourceWithConnectionString> Messaging { get; }
    public IResourceBuilder<IResourceWithConnectionString> Database(string connectionName) => _databases[connectionName];
    public IReadOnlyList<IResourceBuilder<IResource>> WaitTargets { get; }
}
