using Crewline.AppHost.Infrastructure;
using Crewline.Contracts;

namespace Crewline.AppHost;

public static class CrewlineResourceExtensions
{
    /// <summary>Wires a domain service: broker, its own database, token settings, health, and waiting for the servers.</summary>
    public static IResourceBuilder<ProjectResource> AsCrewlineService(
        this IResourceBuilder<ProjectResource> service,
        ICrewlineInfrastructure infrastructure,
        string databaseConnectionName,
        AuthSettings auth)
    {
        service.WithReference(infrastructure.Messaging)
            .WithReference(infrastructure.Database(databaseConnectionName))
            .WithHttpHealthCheck("/health", endpointName: ResourceNames.HttpEndpoint);
        foreach (var target in infrastructure.WaitTargets) service.WaitFor(target);
        return auth.ApplyTo(service);
    }
}
