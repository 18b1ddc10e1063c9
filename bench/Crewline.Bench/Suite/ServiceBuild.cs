using System.Diagnostics;

namespace Crewline.Bench.Suite;

/// <summary>
/// Builds the five services in Release in one build (<c>bench/services.slnf</c>, so shared
/// projects build once and projects build side by side) and finds each one's entry assembly.
/// </summary>
public static class ServiceBuild
{
    public static async Task ReleaseAsync(string repoRoot, CancellationToken cancellationToken)
    {
        var filter = Path.Combine(repoRoot, "bench", "services.slnf");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = repoRoot };
        foreach (var a in new[] { "build", filter, "-c", "Release", "--nologo", "-v", "q", "-clp:ErrorsOnly" }) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet build.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet build {filter} -c Release failed:\n{await output}\n{await error}");
    }

    /// <summary>The newest <c>Crewline.&lt;Folder&gt;.dll</c> of the Release build of <c>src/&lt;Folder&gt;</c>.</summary>
    public static string EntryAssembly(string repoRoot, string projectFolder)
    {
        var dll = Directory.GetFiles(Path.Combine(repoRoot, "src", projectFolder, "bin", "Release"), $"Crewline.{projectFolder}.dll", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}publish{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault();
        return dll ?? throw new FileNotFoundException($"No Crewline.{projectFolder}.dll under src/{projectFolder}/bin/Release after the build.");
    }
}
