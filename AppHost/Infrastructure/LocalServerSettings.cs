using Microsoft.Extensions.Configuration;

namespace Crewline.AppHost.Infrastructure;

/// <summary>
/// Ports and data folder of the local-mode servers (section <c>Crewline:Local</c>). Each run of
/// tests gives its own, so runs never share a server.
/// </summary>
public sealed record LocalServerSettings(int RabbitMqPort, int PostgresPort, string DataRoot, string ScriptsDirectory)
{
    public static LocalServerSettings From(IDistributedApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Crewline:Local");
        return new LocalServerSettings(
            section.GetValue("RabbitMqPort", 35672),
            section.GetValue("PostgresPort", 35432),
            section["DataRoot"] ?? "/var/tmp/crewline",
            Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "scripts")));
    }
}
