using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crewline.TestSupport;

/// <summary>
/// One PostgreSQL server, one RabbitMQ node and one started service for a whole test
/// collection (use it as a collection fixture). <see cref="CreateFactory"/> starts further
/// instances of the service on the same servers, each with its own database and its own
/// RabbitMQ virtual host (so each binds its own queues and consumes only its own messages).
/// </summary>
public abstract class ServiceFixture<TProgram>(string databaseResource) : IAsyncLifetime where TProgram : class
{
    private readonly List<ServiceFactory<TProgram>> _factories = [];

    public LocalPostgres Postgres { get; } = new();
    public LocalRabbitMq RabbitMq { get; } = new();

    /// <summary>The service instance shared by the collection's tests.</summary>
    public ServiceFactory<TProgram> Service { get; private set; } = null!;

    /// <summary>Configuration the shared service instance starts with (overrides appsettings).</summary>
    protected virtual IReadOnlyDictionary<string, string?>? ServiceSettings => null;

    public virtual async Task InitializeAsync()
    {
        await Task.WhenAll(Postgres.StartAsync(), RabbitMq.StartAsync());
        Service = CreateFactory(ServiceSettings);
    }

    /// <summary>A started instance of the service with its own database and virtual host; disposed with the fixture.</summary>
    public ServiceFactory<TProgram> CreateFactory(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var broker = Task.Run(() => RabbitMq.CreateVirtualHostAsync($"test-{Guid.NewGuid():N}")).GetAwaiter().GetResult();
        var factory = new ServiceFactory<TProgram>(Postgres, broker, databaseResource, settings);
        lock (_factories) _factories.Add(factory);
        _ = factory.Server; // starts the host: migrations, bus, outbox dispatcher
        // A message published before the receive endpoints have bound their queues is dropped by the
        // fanout exchange: hand the host to tests only once its bus is healthy (endpoints ready).
        var bus = factory.Services.GetRequiredService<IBusControl>();
        var health = bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(90)).GetAwaiter().GetResult();
        if (health != BusHealthStatus.Healthy)
            throw new InvalidOperationException($"The service's bus did not become healthy: {health}.");
        return factory;
    }

    public virtual async Task DisposeAsync()
    {
        try
        {
            foreach (var factory in _factories) await factory.DisposeAsync();
        }
        finally
        {
            await Task.WhenAll(Postgres.DisposeAsync().AsTask(), RabbitMq.DisposeAsync().AsTask());
        }
    }
}
