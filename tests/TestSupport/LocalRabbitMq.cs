namespace Crewline.TestSupport;

/// <summary>
/// A RabbitMQ node of <c>scripts/rabbitmq-local.sh</c> (guest/guest). It uses its AMQP port and
/// the two after it (distribution, its own epmd); ready in about 10 s.
/// </summary>
public sealed class LocalRabbitMq() : LocalServer("rabbitmq-local.sh", portCount: 3, startTimeout: TimeSpan.FromSeconds(120))
{
    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port}/";

    public Uri Uri => new(ConnectionString);
}
