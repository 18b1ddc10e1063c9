using System.Globalization;

namespace Crewline.Bench.Measurement;

/// <summary>Reads a process's CPU time from Linux's /proc/&lt;pid&gt;/stat (utime, stime, and its reaped children's cutime, cstime).</summary>
public static class ProcStat
{
    private static readonly double TicksPerSecond = 100; // USER_HZ is 100 on Linux for /proc

    /// <summary>(own CPU seconds, reaped children's CPU seconds) of a process, or null when it is gone.</summary>
    public static (double Own, double Children)? CpuSeconds(int pid)
    {
        string text;
        try { text = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat"); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        return ParseCpu(text);
    }

    /// <summary>Parses a stat line; the command name in parentheses may hold spaces, so fields are counted after the last ')'.</summary>
    public static (double Own, double Children) ParseCpu(string statLine)
    {
        var fields = statLine[(statLine.LastIndexOf(')') + 2)..].Split(' ');
        // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17.
        double Field(int n) => long.Parse(fields[n - 3], CultureInfo.InvariantCulture) / TicksPerSecond;
        return (Field(14) + Field(15), Field(16) + Field(17));
    }

    /// <summary>The parent pid of a process (field 4), or null when it is gone.</summary>
    public static int? ParentOf(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            return int.Parse(text[(text.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (IOException) { return null; }
    }

    /// <summary>Every live process id whose command line contains all of <paramref name="parts"/>.</summary>
    public static IEnumerable<int> FindByCommandLine(params string[] parts)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            string cmdline;
            try { cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' '); }
            catch (IOException) { continue; }
            catch (UnauthorizedAccessException) { continue; }
            if (parts.All(cmdline.Contains)) yield return pid;
        }
    }

    /// <summary>Live children of a process.</summary>
    public static IEnumerable<int> ChildrenOf(int parent)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ParentOf(pid) == parent)
                yield return pid;
    }
}

/// <summary>
/// How long threads waited for a core: per thread Linux's /proc/&lt;pid&gt;/task/&lt;tid&gt;/schedstat (CPU ns,
/// run-queue wait ns, time slices), and for the whole machine /proc/pressure/cpu (PSI: the time at least
/// one runnable task had no core).
/// </summary>
public static class SchedStat
{
    /// <summary>Seconds the live threads of a process spent runnable but waiting for a core (0 when it is gone).</summary>
    public static double RunQueueWaitSeconds(int pid)
    {
        long nanoseconds = 0;
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/task"))
            {
                try { nanoseconds += ParseWaitNanoseconds(File.ReadAllText(Path.Combine(task, "schedstat"))); }
                catch (IOException) { } // the thread ended between listing and reading
            }
        }
        catch (IOException) { return 0; }
        catch (UnauthorizedAccessException) { return 0; }
        return nanoseconds / 1e9;
    }

    /// <summary>"cpu_ns wait_ns slices" → wait_ns.</summary>
    public static long ParseWaitNanoseconds(string schedstat) =>
        long.Parse(schedstat.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    /// <summary>Seconds (since boot) during which some runnable task waited for a core, or null without PSI.</summary>
    public static double? CpuPressureSeconds()
    {
        try { return ParsePressureSomeSeconds(File.ReadAllText("/proc/pressure/cpu")); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>The "some" line's total (microseconds) of a /proc/pressure file, in seconds.</summary>
    public static double ParsePressureSomeSeconds(string pressure)
    {
        var some = pressure.Split('\n').First(l => l.StartsWith("some ", StringComparison.Ordinal));
        var total = some.Split(' ').First(f => f.StartsWith("total=", StringComparison.Ordinal))["total=".Length..];
        return long.Parse(total, CultureInfo.InvariantCulture) / 1e6;
    }
}
