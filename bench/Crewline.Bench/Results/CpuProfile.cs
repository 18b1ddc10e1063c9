using System.Globalization;
using Crewline.Bench.Measurement;

namespace Crewline.Bench.Results;

/// <summary>
/// Where one operation's CPU goes across the suite's processes: per round, the CPU seconds each
/// process spent on a measured stretch divided by the operations done in it (warm-up included on
/// both sides), then the median and range of the rounds. The total gives the ceiling the machine's
/// cores put on the operation's rate, whatever the code does with its waits.
/// </summary>
public sealed class CpuProfile(string operation)
{
    private readonly List<(IReadOnlyDictionary<string, double> Cpu, long Operations)> _rounds = [];

    public string Operation { get; } = operation;

    public void Add(IReadOnlyDictionary<string, double> cpuSeconds, long operations)
    {
        if (operations > 0) _rounds.Add((cpuSeconds, operations));
    }

    public bool IsEmpty => _rounds.Count == 0;

    /// <summary>Milliseconds of CPU per operation of one process (or of all, for null), over the rounds.</summary>
    public Spread MsPerOperation(string? process) => Percentiles.SpreadOf(_rounds.Select(r =>
        1000 * (process is null ? r.Cpu.Values.Sum() : r.Cpu.GetValueOrDefault(process)) / r.Operations));

    /// <summary>The most operations per second <paramref name="cores"/> cores could carry at this CPU cost.</summary>
    public double CeilingPerSecond(int cores) => cores * 1000 / MsPerOperation(null).Median;

    public Table ToTable(int cores)
    {
        var total = MsPerOperation(null).Median;
        var table = new Table($"CPU per {Operation}, by process ({_rounds.Count.ToString(CultureInfo.InvariantCulture)} rounds)",
            "process", "CPU ms per op median [range]", "share");
        foreach (var process in _rounds.SelectMany(r => r.Cpu.Keys).Distinct().OrderByDescending(p => MsPerOperation(p).Median))
        {
            var ms = MsPerOperation(process);
            table.Row(process, Format.Spread(ms), total > 0 ? $"{Format.Number(100 * ms.Median / total)}%" : "–");
        }
        table.Row("all processes", Format.Spread(MsPerOperation(null)), "100%");
        table.Row($"ceiling on {cores.ToString(CultureInfo.InvariantCulture)} cores (cores ÷ CPU per op)", $"{Format.Number(CeilingPerSecond(cores))} ops/s", "–");
        return table;
    }
}
