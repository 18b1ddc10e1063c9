namespace Crewline.AppHost.Infrastructure;

/// <summary>How the AppHost gets RabbitMQ and PostgreSQL (configuration key <c>Crewline:RunMode</c>).</summary>
public enum RunMode
{
    /// <summary>Containers through a Docker engine (<c>AddRabbitMQ</c>/<c>AddPostgres</c>).</summary>
    Container,
    /// <summary>Local executables started by the AppHost from <c>scripts/</c> (no Docker needed).</summary>
    Local,
    /// <summary>Servers that already run, given as connection strings in configuration.</summary>
    External,
}
