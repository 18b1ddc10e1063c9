using Crewline.Contracts;

namespace Crewline.AppHost.Infrastructure;

/// <summary>
/// Servers that already run: <c>ConnectionStrings:messaging</c> and one
/// <c>ConnectionStrings:&lt;service&gt;db</c> per service come from configuration.
/// </summary>
public sealed class ExternalInfrastructure(IDistributedApplicationBuilder builder) : ICrewlineInfrastructure
{
    public RunMode Mode => RunMode.External;
    public IResourceBuilder<IResourceWithConnectionString> Messaging { get; } = builder.AddConnectionString(ResourceNames.Messaging);
    public IResourceBuilder<IResourceWithConnectionString> Database(string connectionName) => builder.AddConnectionString(connectionName);
    public IReadOnlyList<IResourceBuilder<IResource>> WaitTargets { get; } = [];
}
