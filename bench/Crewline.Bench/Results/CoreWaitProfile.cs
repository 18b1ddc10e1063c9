using System.Diagnostics;
using System.Globalization;
using Crewline.Bench.Measurement;
using Crewline.Bench.Suite;

namespace Crewline.Bench.Results;

/// <summary>
/// Where an open-loop stretch's latency tail comes from when the code path is short: per round, the CPU
/// and the run-queue wait (runnable, no core free) each process spent per operation, how busy the
/// suite kept the cores, and the share of the time some task had to wait for a core (Linux PSI). A wait
/// per operation that is a large part of the operation's latency says the tail is the machine's cores
/// being shared, not the code waiting on something of its own.
/// </summary>
public sealed class CoreWaitProfile(string operation)
{
    private readonly List<Round> _rounds = [];

    public string Operation { get; } = operation;

    public bool IsEmpty => _rounds.Count == 0;

    /// <summary>Measures <paramref name="measure"/>, which does <paramref name="operations"/>' difference in operations.</summary>
    public async Task<T> MeasureAsync<T>(CpuAccounting accounting, Func<long> operations, Func<Task<T>> measure)
    {
        var (cpu, wait, pressure, started, ops) =
            (accounting.Take(), accounting.TakeRunQueueWait(), SchedStat.CpuPressureSeconds(), Stopwatch.GetTimestamp(), operations());
        var result = await measure();
        var (cpuAfter, waitAfter, pressureAfter, wall, opsAfter) =
            (accounting.Take(), accounting.TakeRunQueueWait(), SchedStat.CpuPressureSeconds(), Stopwatch.GetElapsedTime(started).TotalSeconds, operations());
        if (opsAfter > ops && wall > 0)
        {
            var spent = cpuAfter.Since(cpu);
            _rounds.Add(new Round(spent, waitAfter.Since(wait), opsAfter - ops,
                spent.Values.Sum() / (wall * Environment.ProcessorCount),
                pressure is { } p && pressureAfter is { } pa ? (pa - p) / wall : null));
        }
        return result;
    }

    public Table ToTable()
    {
        var table = new Table($"Waiting for a core: {Operation} ({_rounds.Count.ToString(CultureInfo.InvariantCulture)} rounds)",
            "process", "run-queue wait ms per op median [range]", "CPU ms per op median [range]");
        foreach (var process in _rounds.SelectMany(r => r.Cpu.Keys).Distinct().OrderByDescending(p => PerOp(r => r.Wait, p).Median))
            table.Row(process, Format.Spread(PerOp(r => r.Wait, process)), Format.Spread(PerOp(r => r.Cpu, process)));
        table.Row("all processes", Format.Spread(PerOp(r => r.Wait, null)), Format.Spread(PerOp(r => r.Cpu, null)));
        // From the processes' own CPU time (exact); /proc/stat's tick samples miss timer-driven work on a tickless VM.
        table.Row("cores busy with the suite's processes", Percent(_rounds.Select(r => r.SuiteBusy)), "–");
        table.Row("machine: time some task waited for a core (PSI cpu some)",
            _rounds.Any(r => r.Pressure is null) ? "not available" : Percent(_rounds.Select(r => r.Pressure!.Value)), "–");
        return table;
    }

    private Spread PerOp(Func<Round, IReadOnlyDictionary<string, double>> seconds, string? process) =>
        Percentiles.SpreadOf(_rounds.Select(r => 1000 * (process is null ? seconds(r).Values.Sum() : seconds(r).GetValueOrDefault(process)) / r.Operations));

    private static string Percent(IEnumerable<double> fractions)
    {
        var spread = Percentiles.SpreadOf(fractions.Select(f => 100 * f));
        return $"{Format.Number(spread.Median)}% [{Format.Number(spread.Min)}–{Format.Number(spread.Max)}%]";
    }

    private sealed record Round(
        IReadOnlyDictionary<string, double> Cpu, IReadOnlyDictionary<string, double> Wait, long Operations, double SuiteBusy, double? Pressure);
}
