using Crewline.AppHost.Infrastructure;
using Crewline.Contracts;

namespace Crewline.AppHost;

public static class CrewlineResourceExtensions
{
    // Every project serves plain HTTP on this machine (TLS ends at the ingress when deployed), so
    // none is handed the ASP.NET development certificate: Aspire then neither looks for one nor
    // warns on its dashboard that none is trusted. WithoutHttpsCertificate is marked experimental
    // (ASPIRECERTIFICATES001) in Aspire 13.6; if it changes, the cost is only that warning back.
#pragma warning disable ASPIRECERTIFICATES001

    /// <summary>Wires a domain service: broker, its own database, token settings, health, and waiting for the servers.</summary>
    public static IResourceBuilder<ProjectResource> AsCrewlineService(
        this IResourceBuilder<ProjectResource> service,
        ICrewlineInfrastructure infrastructure,
        string databaseConnectionName,
        AuthSettings auth)
    {
        service.WithReference(infrastructure.Messaging)
            .WithReference(infrastructure.Database(databaseConnectionName))
            .WithDirectEndpoints()
            .WithoutHttpsCertificate()
            .WithHttpHealthCheck("/health", endpointName: ResourceNames.HttpEndpoint)
            .WithAppHostEnvironment();
        foreach (var target in infrastructure.WaitTargets) service.WaitFor(target);
        return auth.ApplyTo(service);
    }

    /// <summary>Wires the gateway: discovers every service, waits until each is healthy, and validates the same tokens.</summary>
    public static IResourceBuilder<ProjectResource> AsCrewlineGateway(
        this IResourceBuilder<ProjectResource> gateway,
        IEnumerable<IResourceBuilder<ProjectResource>> services,
        AuthSettings auth,
        bool enableDevTokens)
    {
        foreach (var service in services) gateway.WithReference(service).WaitFor(service);
        gateway.WithDirectEndpoints().WithoutHttpsCertificate().WithHttpHealthCheck("/health", endpointName: ResourceNames.HttpEndpoint).WithAppHostEnvironment();
        if (enableDevTokens && auth.UsesLocalSigningKey) gateway.WithEnvironment("Auth__EnableDevTokenEndpoint", "true");
        return auth.ApplyTo(gateway);
    }

    /// <summary>
    /// Wires the ops dashboard: it reads only the public API, through the gateway it finds by
    /// service discovery; the gateway serves it at /dashboard. It does not wait for the gateway
    /// (it calls it only when a page is open), so neither waits on the other.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AsCrewlineDashboard(
        this IResourceBuilder<ProjectResource> dashboard,
        IResourceBuilder<ProjectResource> gateway,
        AuthSettings auth)
    {
        dashboard.WithReference(gateway)
            .WithDirectEndpoints()
            .WithoutHttpsCertificate()
            .WithHttpHealthCheck("/health", endpointName: ResourceNames.HttpEndpoint)
            .WithAppHostEnvironment();
        return auth.ApplyTo(dashboard);
    }

    /// <summary>
    /// A project runs in the AppHost's environment (Aspire does not pass it on by itself): a
    /// Development AppHost runs Development services, anything else runs them as Production.
    /// </summary>
    private static IResourceBuilder<ProjectResource> WithAppHostEnvironment(this IResourceBuilder<ProjectResource> project)
    {
        var environment = project.ApplicationBuilder.Environment.EnvironmentName;
        return project.WithEnvironment("ASPNETCORE_ENVIRONMENT", environment).WithEnvironment("DOTNET_ENVIRONMENT", environment);
    }
#pragma warning restore ASPIRECERTIFICATES001
}
