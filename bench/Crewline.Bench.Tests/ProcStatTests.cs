using Crewline.Bench.Measurement;
using Crewline.Bench.Results;

namespace Crewline.Bench.Tests;

public sealed class ProcStatTests
{
    [Fact]
    public void Cpu_fields_are_counted_after_the_last_parenthesis_of_the_command_name()
    {
        // pid (comm) state ppid ... utime=1234 stime=566 cutime=100 cstime=50 (fields 14–17), with a ") " inside the name.
        var line = "4242 (post gres) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 566 100 50 20 0 1 0 100 1000 10";
        var (own, children) = ProcStat.ParseCpu(line);
        Assert.Equal(18.0, own, 3);
        Assert.Equal(1.5, children, 3);
    }

    [Fact]
    public void A_live_process_is_found_with_its_cpu_time_and_its_parent()
    {
        var pid = Environment.ProcessId;
        Assert.True(ProcStat.CpuSeconds(pid) is { Own: > 0 });
        var parent = ProcStat.ParentOf(pid);
        Assert.NotNull(parent);
        Assert.Contains(pid, ProcStat.ChildrenOf(parent.Value));
        Assert.Contains(pid, ProcStat.FindByCommandLine(File.ReadAllText("/proc/self/cmdline").Split('\0')[0]));
        Assert.Null(ProcStat.CpuSeconds(int.MaxValue));
    }

    [Fact]
    public void A_cpu_profile_divides_each_process_cpu_by_the_operations_and_gives_the_ceiling()
    {
        var profile = new CpuProfile("create");
        profile.Add(new Dictionary<string, double> { ["ownership"] = 1.0, ["postgresql"] = 0.5 }, 100);
        profile.Add(new Dictionary<string, double> { ["ownership"] = 2.0, ["postgresql"] = 1.0 }, 100);
        profile.Add(new Dictionary<string, double> { ["ownership"] = 1.5, ["postgresql"] = 0.5 }, 100);

        Assert.Equal(15.0, profile.MsPerOperation("ownership").Median, 3);
        Assert.Equal(20.0, profile.MsPerOperation(null).Median, 3);
        Assert.Equal(100.0, profile.CeilingPerSecond(2), 3);
        var table = profile.ToTable(2);
        Assert.Equal("ownership", table.Rows[0][0]);
        Assert.Equal("75.0%", table.Rows[0][2]);
    }

    [Fact]
    public void A_stretch_without_operations_adds_nothing()
    {
        var profile = new CpuProfile("read");
        profile.Add(new Dictionary<string, double> { ["ownership"] = 1.0 }, 0);
        Assert.True(profile.IsEmpty);
    }
}
