using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Crewline.AppHost.Infrastructure;

public static class CrewlineInfrastructure
{
    public const string RunModeKey = "Crewline:RunMode";

    /// <summary>
    /// Chooses the run mode up front: <c>Crewline:RunMode</c> when set, else container when a
    /// Docker engine answers, else local. Says which on the console.
    /// </summary>
    public static ICrewlineInfrastructure Create(IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration[RunModeKey];
        var mode = string.IsNullOrWhiteSpace(configured)
            ? (DockerEngineAnswers() ? RunMode.Container : RunMode.Local)
            : Enum.Parse<RunMode>(configured, ignoreCase: true);
        var why = string.IsNullOrWhiteSpace(configured) ? "detected" : $"from {RunModeKey}";
        Console.WriteLine($"Crewline run mode: {mode.ToString().ToLowerInvariant()} ({why})");

        return mode switch
        {
            RunMode.Container => new ContainerInfrastructure(builder),
            RunMode.Local => new LocalInfrastructure(builder, LocalServerSettings.From(builder)),
            RunMode.External => new ExternalInfrastructure(builder),
            _ => throw new InvalidOperationException($"Unknown run mode {mode}."),
        };
    }

    private static bool DockerEngineAnswers()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", "info --format {{.ServerVersion}}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (docker is null) return false;
            if (!docker.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                docker.Kill();
                return false;
            }
            return docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no docker client at all
        }
    }
}
