namespace Crewline.AppHost.Infrastructure;

/// <summary>Where the suite's broker and databases come from in the chosen run mode.</summary>
public interface ICrewlineInfrastructure
{
    RunMode Mode { get; }

    /// <summary>The RabbitMQ connection string resource, named <c>messaging</c>.</summary>
    IResourceBuilder<IResourceWithConnectionString> Messaging { get; }

    /// <summary>A service's own database, by its connection string name (e.g. <c>ownershipdb</c>).</summary>
    IResourceBuilder<IResourceWithConnectionString> Database(string connectionName);

    /// <summary>Resources every service waits for before it starts (none when external).</summary>
    IReadOnlyList<IResourceBuilder<IResource>> WaitTargets { get; }
}
