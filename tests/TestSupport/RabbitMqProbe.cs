using System.Text.Json;
using RabbitMQ.Client;

namespace Crewline.TestSupport;

/// <summary>
/// Watches what is published to a (MassTransit) exchange from outside the services: a durable
/// queue of its own bound to the exchange, read with plain RabbitMQ.Client. Being durable, the
/// queue keeps collecting across a broker restart.
/// </summary>
public sealed class RabbitMqProbe
{
    private readonly Uri _broker;
    private readonly List<ProbedMessage> _received = [];

    private RabbitMqProbe(Uri broker, string queue)
    {
        _broker = broker;
        Queue = queue;
    }

    public string Queue { get; }

    /// <summary>MassTransit's publish exchange of a message type: <c>Namespace:TypeName</c>, fanout.</summary>
    public static string ExchangeOf(Type messageType) => $"{messageType.Namespace}:{messageType.Name}";

    /// <summary>Declares the exchange as MassTransit does (durable fanout) and binds a new durable queue to it.</summary>
    public static async Task<RabbitMqProbe> BindAsync(Uri broker, string exchange)
    {
        var probe = new RabbitMqProbe(broker, $"test-probe-{Guid.NewGuid():N}");
        await using var connection = await probe.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(probe.Queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(probe.Queue, exchange, routingKey: "");
        return probe;
    }

    /// <summary>Takes every message waiting in the probe's queue; returns all the probe has received so far.</summary>
    public async Task<IReadOnlyList<ProbedMessage>> DrainAsync()
    {
        _received.AddRange(await TakeAllAsync(_broker, Queue));
        return _received.ToList();
    }

    /// <summary>Takes (and acknowledges) every message waiting in any queue; none when the queue does not exist.</summary>
    public static async Task<IReadOnlyList<ProbedMessage>> TakeAllAsync(Uri broker, string queue)
    {
        var taken = new List<ProbedMessage>();
        await using var connection = await ConnectAsync(broker);
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclarePassiveAsync(queue);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return taken;
        }
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } delivery)
        {
            using var body = JsonDocument.Parse(delivery.Body);
            taken.Add(new ProbedMessage(delivery.BasicProperties.MessageId, body.RootElement.Clone(), HeadersOf(delivery.BasicProperties)));
        }
        return taken;
    }

    /// <summary>Whether a queue exists on the broker's virtual host.</summary>
    public static async Task<bool> QueueExistsAsync(Uri broker, string queue)
    {
        await using var connection = await ConnectAsync(broker);
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclarePassiveAsync(queue);
            return true;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return false;
        }
    }

    /// <summary>The transport headers as text (MassTransit's fault headers, e.g. <c>MT-Fault-Message</c>, are strings).</summary>
    private static Dictionary<string, string?> HeadersOf(IReadOnlyBasicProperties properties) =>
        (properties.Headers ?? new Dictionary<string, object?>()).ToDictionary(
            h => h.Key,
            h => h.Value is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : h.Value?.ToString());

    private Task<IConnection> ConnectAsync() => ConnectAsync(_broker);

    private static Task<IConnection> ConnectAsync(Uri broker) =>
        new ConnectionFactory { Uri = broker, AutomaticRecoveryEnabled = false }.CreateConnectionAsync();
}

/// <summary>One message as the probe received it: the transport message id, MassTransit's JSON envelope and the transport headers.</summary>
public sealed record ProbedMessage(string? MessageId, JsonElement Envelope, IReadOnlyDictionary<string, string?> Headers)
{
    /// <summary>The message itself (the envelope's <c>message</c>).</summary>
    public JsonElement Message => Envelope.GetProperty("message");

    public string? this[string property] => Message.TryGetProperty(property, out var value) ? value.ToString() : null;

    public override string ToString() => $"{MessageId}: {Message}";
}
