using System.Globalization;
using Crewline.Bench.Measurement;
using Crewline.Bench.Results;

namespace Crewline.Bench.Scenarios;

/// <summary>
/// Memory per service after the load of the scenarios before it (VmRSS and its peak VmHWM from
/// /proc/&lt;pid&gt;/status, what the RSS holds, and the PSS), then warm starts: everything stopped and started again from the same
/// builds and data folders, in the AppHost's order (PostgreSQL and RabbitMQ, then the four
/// services once the servers accept connections, then the gateway once every service is
/// healthy), timed until all are healthy. The servers' own start times are its floor. Runs last:
/// it restarts the suite.
/// </summary>
public sealed class StartAndMemoryScenario : IScenario
{
    private const double RssLimitMiB = 250;
    private const double StartLimitSeconds = 30;

    public string Name => "start";

    public async Task<ScenarioReport> RunAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var report = new ScenarioReport("Warm start and memory");
        var memory = new Table("Memory per service after the load", "service", "RSS MiB", "peak RSS MiB", "≤ 250 MiB",
            "RSS: anonymous (GC heap, native)", "RSS: code (JIT, stubs; W^X shared memory)", "RSS: mapped files", "PSS MiB");
        var worst = 0.0;
        foreach (var service in context.Suite.Services)
        {
            if (service.Memory() is not var (rss, peak)) continue;
            worst = Math.Max(worst, rss);
            var parts = service.MemoryComposition();
            memory.Row(service.Name, Format.Number(rss), Format.Number(peak), rss <= RssLimitMiB ? "yes" : "no",
                parts is { } p ? Format.Number(p.Anonymous) : "–", parts is { } c ? Format.Number(c.Code) : "–",
                parts is { } f ? Format.Number(f.Files) : "–", parts is { } s ? Format.Number(s.Pss) : "–");
        }
        report.Tables.Add(memory);
        report.Targets.Add(new TargetCheck("≤ 250 MB RSS per service (after the load)", $"largest {Format.Number(worst)} MiB", worst <= RssLimitMiB));

        var postgres = new List<double>();
        var rabbit = new List<double>();
        var servers = new List<double>();
        var services = new List<double>();
        var all = new List<double>();
        for (var round = 1; round <= context.Options.StartRounds; round++)
        {
            context.Progress($"start: warm restart {round}/{context.Options.StartRounds}");
            await context.Suite.StopAsync();
            var timings = await context.Suite.StartAsync(cancellationToken);
            postgres.Add(timings.Postgres.TotalSeconds);
            rabbit.Add(timings.RabbitMq.TotalSeconds);
            servers.Add(timings.ServersReady.TotalSeconds);
            services.Add(timings.ServicesHealthy.TotalSeconds);
            all.Add(timings.AllHealthy.TotalSeconds);
        }
        var start = new Table("Warm start (builds done, data folders kept), seconds from the start", "stage", "median [range] s");
        start.Row("PostgreSQL accepts connections (floor)", Format.Spread(Percentiles.SpreadOf(postgres)))
            .Row("RabbitMQ accepts connections (floor)", Format.Spread(Percentiles.SpreadOf(rabbit)))
            .Row("both servers ready", Format.Spread(Percentiles.SpreadOf(servers)))
            .Row("the four services healthy", Format.Spread(Percentiles.SpreadOf(services)))
            .Row("gateway healthy: all healthy", Format.Spread(Percentiles.SpreadOf(all)));
        report.Tables.Add(start);
        var median = Percentiles.SpreadOf(all).Median;
        report.Targets.Add(new TargetCheck("warm start ≤ 30 s (to all healthy)", $"{Format.Number(median)} s", median <= StartLimitSeconds));
        report.Notes.Add($"{context.Options.StartRounds.ToString(CultureInfo.InvariantCulture)} warm start(s). Health is each process's /health (every check: database, bus; the gateway's includes every service reachable), polled every 100 ms.");
        return report;
    }
}
