using System.Diagnostics;

namespace Crewline.Bench.Suite;

/// <summary>Builds a service project in Release and finds its entry assembly.</summary>
public static class ServiceBuild
{
    public static async Task<string> ReleaseAsync(string repoRoot, string projectFolder, CancellationToken cancellationToken)
    {
        var project = Path.Combine(repoRoot, "src", projectFolder, $"{projectFolder}.csproj");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "build", project, "-c", "Release", "--nologo", "-v", "q", "-clp:ErrorsOnly" }) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet build.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet build {project} -c Release failed:\n{await output}\n{await error}");

        var dll = Directory.GetFiles(Path.Combine(repoRoot, "src", projectFolder, "bin", "Release"), $"Crewline.{projectFolder}.dll", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}publish{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault();
        return dll ?? throw new FileNotFoundException($"No Crewline.{projectFolder}.dll under src/{projectFolder}/bin/Release after the build.");
    }
}
