using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Crewline.Bench.Results;

/// <summary>Where and on what a run measured: cores, CPU model, memory, OS, .NET, and the commit.</summary>
public sealed record MachineInfo(int Cores, string Cpu, string Memory, string Os, string Runtime, string Commit)
{
    public static MachineInfo Read(string repoRoot) => new(
        Environment.ProcessorCount,
        FirstValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        MemTotal(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        CommitOf(repoRoot));

    public override string ToString() =>
        $"{Cores.ToString(CultureInfo.InvariantCulture)} cores ({Cpu}), {Memory} RAM, {Os}, {Runtime}";

    private static string? FirstValue(string file, string key)
    {
        if (!File.Exists(file)) return null;
        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?.Split(':', 2)[1].Trim();
    }

    private static string MemTotal()
    {
        var kib = FirstValue("/proc/meminfo", "MemTotal")?.Split(' ')[0];
        return kib is null ? "?" : $"{(long.Parse(kib, CultureInfo.InvariantCulture) / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture)} GiB";
    }

    /// <summary>The short commit, with "+changes" when the work tree differs from it.</summary>
    private static string CommitOf(string repoRoot)
    {
        var head = Git(repoRoot, "rev-parse", "--short", "HEAD")?.Trim() ?? "unknown";
        var dirty = Git(repoRoot, "status", "--porcelain", "--untracked-files=no")?.Trim();
        return string.IsNullOrEmpty(dirty) ? head : $"{head}+changes";
    }

    private static string? Git(string repoRoot, params string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = repoRoot };
            foreach (var a in arguments) info.ArgumentList.Add(a);
            using var process = Process.Start(info);
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
