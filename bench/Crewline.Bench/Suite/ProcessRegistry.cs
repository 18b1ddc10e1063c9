using System.Globalization;

namespace Crewline.Bench.Suite;

/// <summary>
/// Keeps the ids of the service processes this run started in the file named by
/// <c>CREWLINE_BENCH_PIDFILE</c>, so <c>bench/run.sh</c> can stop exactly these (and nothing
/// else) if the harness itself dies without cleaning up.
/// </summary>
public static class ProcessRegistry
{
    private static readonly string? PidFile = Environment.GetEnvironmentVariable("CREWLINE_BENCH_PIDFILE");
    private static readonly HashSet<int> Running = [];

    public static void Started(int pid) => Update(() => Running.Add(pid));

    public static void Stopped(int pid) => Update(() => Running.Remove(pid));

    private static void Update(Action change)
    {
        lock (Running)
        {
            change();
            if (PidFile is not null)
                File.WriteAllLines(PidFile, Running.Select(p => p.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
