using System.Reflection;
using Crewline.BuildingBlocks.Persistence;

namespace Crewline.Architecture.Tests;

/// <summary>The services of the suite, as assemblies: what the architecture tests inspect.</summary>
public sealed record Service(string Name, Assembly Assembly)
{
    /// <summary>The service's root namespace, e.g. <c>Crewline.Ownership</c>.</summary>
    public string Namespace => $"Crewline.{Name}";

    /// <summary>The service's DbContexts (none for the gateway).</summary>
    public IEnumerable<Type> DbContexts => Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(ServiceDbContext).IsAssignableFrom(t));

    public override string ToString() => Name;

    public static IReadOnlyList<Service> All { get; } =
    [
        new("Ownership", typeof(Ownership.Infrastructure.OwnershipDbContext).Assembly),
        new("ScopeChanges", typeof(ScopeChanges.Infrastructure.ScopeChangesDbContext).Assembly),
        new("ClientComms", typeof(ClientComms.Infrastructure.ClientCommsDbContext).Assembly),
        new("Reporting", typeof(Reporting.Infrastructure.ReportingDbContext).Assembly),
        new("Gateway", typeof(Gateway.Routing.GatewayRoutes).Assembly),
    ];

    public static TheoryData<string> Names => [.. All.Select(s => s.Name)];

    public static Service Named(string name) => All.Single(s => s.Name == name);
}
