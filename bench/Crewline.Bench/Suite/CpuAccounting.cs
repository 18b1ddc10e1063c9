using System.Diagnostics;
using System.Globalization;
using Crewline.Bench.Measurement;

namespace Crewline.Bench.Suite;

/// <summary>
/// CPU seconds used so far by every process of the running suite: each service and the gateway,
/// PostgreSQL (the postmaster, its live backends, and the backends that exited, which Linux adds
/// to the postmaster's children time), RabbitMQ (its Erlang VM) and the harness itself. Two
/// snapshots around a measured stretch give the CPU each process spent on it: where the time of an
/// operation goes across the suite, and how many operations per second 2 cores can carry at most.
/// </summary>
public sealed class CpuAccounting(BenchSuite suite)
{
    public const string PostgreSql = "postgresql";
    public const string RabbitMq = "rabbitmq";
    public const string Harness = "harness (callers, baselines' clients, watch)";

    public CpuSnapshot Take()
    {
        var seconds = new Dictionary<string, double>();
        foreach (var service in suite.Services)
            if (service.ProcessId is { } pid && ProcStat.CpuSeconds(pid) is var (own, _))
                seconds[service.Name] = own;
        seconds[PostgreSql] = PostgresSeconds();
        seconds[RabbitMq] = RabbitMqSeconds();
        seconds[Harness] = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        return new CpuSnapshot(seconds);
    }

    /// <summary>
    /// Seconds the live threads of each process waited for a core (run-queue wait; see <see cref="SchedStat"/>).
    /// PostgreSQL's backends that exited take their waits with them; the bench's connections are kept open.
    /// </summary>
    public CpuSnapshot TakeRunQueueWait()
    {
        var seconds = new Dictionary<string, double>();
        foreach (var service in suite.Services)
            if (service.ProcessId is { } pid)
                seconds[service.Name] = SchedStat.RunQueueWaitSeconds(pid);
        var postmaster = Postmaster();
        seconds[PostgreSql] = postmaster == 0 ? 0
            : SchedStat.RunQueueWaitSeconds(postmaster) + ProcStat.ChildrenOf(postmaster).Sum(SchedStat.RunQueueWaitSeconds);
        seconds[RabbitMq] = RabbitMqPids().Sum(SchedStat.RunQueueWaitSeconds);
        seconds[Harness] = SchedStat.RunQueueWaitSeconds(Environment.ProcessId);
        return new CpuSnapshot(seconds);
    }

    private double PostgresSeconds()
    {
        var postmaster = Postmaster();
        if (postmaster == 0 || ProcStat.CpuSeconds(postmaster) is not var (own, reaped)) return 0;
        return own + reaped + ProcStat.ChildrenOf(postmaster).Sum(child => ProcStat.CpuSeconds(child)?.Own ?? 0);
    }

    private int Postmaster() =>
        ProcStat.FindByCommandLine("bin/postgres", $"-p {suite.Postgres.Port.ToString(CultureInfo.InvariantCulture)}").FirstOrDefault();

    private double RabbitMqSeconds() => RabbitMqPids().Sum(pid => ProcStat.CpuSeconds(pid)?.Own ?? 0);

    // The Erlang VM's command line names the node's data folder (its mnesia directory).
    private IEnumerable<int> RabbitMqPids() => ProcStat.FindByCommandLine("beam", suite.RabbitMq.DataDirectory);
}

/// <summary>CPU seconds by process at one moment.</summary>
public sealed record CpuSnapshot(IReadOnlyDictionary<string, double> Seconds)
{
    /// <summary>CPU seconds each process spent since <paramref name="earlier"/>.</summary>
    public IReadOnlyDictionary<string, double> Since(CpuSnapshot earlier) =>
        Seconds.ToDictionary(p => p.Key, p => Math.Max(0, p.Value - earlier.Seconds.GetValueOrDefault(p.Key)));
}
