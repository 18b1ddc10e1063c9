using System.Collections.Concurrent;
using Crewline.Contracts.Events.Ownership;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Crewline.Bench.Baselines;

/// <summary>A message only the harness publishes and consumes.</summary>
public sealed record BenchPing(Guid Id, DateTimeOffset SentAt);

/// <summary>
/// Bare MassTransit in the harness's own process, on the suite's broker and virtual host, with
/// the services' settings (durable, publisher confirms): a publish→consume round trip on a queue
/// of its own, and confirmed sends to another queue of its own (the outbox baseline).
/// </summary>
public sealed class BareBus : IAsyncDisposable
{
    public const string RoundTripQueue = "crewline-bench-roundtrip";
    public const string SinkQueue = "crewline-bench-sink";

    private readonly ServiceProvider _provider;
    private readonly IBusControl _bus;
    private readonly Uri _broker;
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _waiting = new();
    private ISendEndpoint? _sink;

    private BareBus(ServiceProvider provider, Uri broker)
    {
        _provider = provider;
        _bus = provider.GetRequiredService<IBusControl>();
        _broker = broker;
    }

    public static async Task<BareBus> StartAsync(Uri broker, CancellationToken cancellationToken)
    {
        BareBus? self = null;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            x.UsingRabbitMq((_, cfg) =>
            {
                cfg.Host(broker, h =>
                {
                    h.Username("guest");
                    h.Password("guest");
                    h.PublisherConfirmation = true;
                });
                cfg.Durable = true;
                cfg.ReceiveEndpoint(RoundTripQueue, e => e.Handler<BenchPing>(context =>
                {
                    if (self!._waiting.TryRemove(context.Message.Id, out var done)) done.TrySetResult();
                    return Task.CompletedTask;
                }));
            });
        });
        var provider = services.BuildServiceProvider();
        self = new BareBus(provider, broker);
        await self._bus.StartAsync(cancellationToken);
        return self;
    }

    /// <summary>Publishes a message (confirmed by the broker) and waits until the harness's consumer has it.</summary>
    public async Task PublishConsumeAsync(CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var consumed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[id] = consumed;
        try
        {
            await _bus.Publish(new BenchPing(id, DateTimeOffset.UtcNow), cancellationToken);
            await consumed.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        }
        finally
        {
            _waiting.TryRemove(id, out _);
        }
    }

    /// <summary>Sends <paramref name="message"/> to the harness's sink queue and waits for the broker's confirm.</summary>
    public async Task SendToSinkAsync(ProjectCreated message, CancellationToken cancellationToken)
    {
        _sink ??= await _bus.GetSendEndpoint(new Uri($"queue:{SinkQueue}"));
        await _sink.Send(message, cancellationToken);
    }

    /// <summary>
    /// Sends <paramref name="message"/> to a service's receive endpoint through its own exchange
    /// (<c>exchange:NAME</c>, bound to the queue of that name), confirmed by the broker: the service
    /// consumes it as if the message type's exchange had routed it there, and no other service sees it.
    /// </summary>
    public async Task SendToEndpointAsync<T>(string endpointName, T message, CancellationToken cancellationToken) where T : class
    {
        var endpoint = await _bus.GetSendEndpoint(new Uri($"exchange:{endpointName}"));
        await endpoint.Send(message, cancellationToken);
    }

    /// <summary>Empties the sink queue (nothing consumes it).</summary>
    public async Task PurgeSinkAsync()
    {
        await using var connection = await new ConnectionFactory { Uri = _broker, AutomaticRecoveryEnabled = false }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclarePassiveAsync(SinkQueue);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return; // never sent to yet
        }
        await channel.QueuePurgeAsync(SinkQueue);
    }

    public async ValueTask DisposeAsync()
    {
        await _bus.StopAsync();
        await _provider.DisposeAsync();
    }
}
