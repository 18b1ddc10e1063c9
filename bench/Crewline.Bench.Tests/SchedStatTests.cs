using Crewline.Bench.Measurement;

namespace Crewline.Bench.Tests;

public sealed class SchedStatTests
{
    [Fact]
    public void A_thread_schedstat_gives_its_run_queue_wait()
    {
        Assert.Equal(32028988, SchedStat.ParseWaitNanoseconds("552432 32028988 2\n"));
    }

    [Fact]
    public void The_cpu_pressure_file_gives_the_some_total_in_seconds()
    {
        const string pressure = "some avg10=98.86 avg60=98.98 avg300=94.95 total=33369725766\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=0\n";
        Assert.Equal(33369.725766, SchedStat.ParsePressureSomeSeconds(pressure), 6);
    }

    [Fact]
    public void The_running_process_has_a_measurable_run_queue_wait()
    {
        Assert.True(SchedStat.RunQueueWaitSeconds(Environment.ProcessId) >= 0);
        Assert.Equal(0, SchedStat.RunQueueWaitSeconds(int.MaxValue));
    }
}
