using Microsoft.Extensions.Configuration;

namespace Crewline.AppHost.Infrastructure;

/// <summary>
/// Ports and data folder of the local-mode servers (section <c>Crewline:Local</c>). Each run of
/// tests gives its own, so runs never share a server.
/// </summary>
public sealed record LocalServerSettings(int RabbitMqPort, int PostgresPort, string DataRoot, string ScriptsDirectory)
{
    // Below Linux's ephemeral range (32768-60999): a client's source port can never take them, so a
    // restarted server always binds again. RabbitMQ also uses the two ports after its AMQP port
    // (Erlang distribution, its own epmd).
    public const int DefaultRabbitMqPort = 27672;
    public const int DefaultPostgresPort = 27432;

    public static LocalServerSettings From(IDistributedApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Crewline:Local");
        return new LocalServerSettings(
            section.GetValue("RabbitMqPort", DefaultRabbitMqPort),
            section.GetValue("PostgresPort", DefaultPostgresPort),
            section["DataRoot"] ?? "/var/tmp/crewline",
            Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "scripts")));
    }
}
