using System.Globalization;
using Crewline.Bench;
using Crewline.Bench.Baselines;
using Crewline.Bench.Results;
using Crewline.Bench.Scenarios;
using Crewline.Bench.Suite;
using Crewline.TestSupport;

var repoRoot = RepoRoot.Path;
var options = BenchOptions.Parse(args, Path.Combine(repoRoot, "bench", "RESULTS.md"));
var scenarios = ScenarioRegistry.Select(options.Only);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var started = DateTime.UtcNow;
var clock = System.Diagnostics.Stopwatch.StartNew();
void Progress(string message) => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");

var loadAtStart = LoadAverage();
var logs = Path.Combine(Path.GetTempPath(), "crewline-bench", started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
await using var suite = await BenchSuite.BuildAsync(repoRoot, logs, Progress, cancel.Token);
Progress($"starting PostgreSQL, RabbitMQ, the services and the gateway (logs in {logs})");
var firstStart = await suite.StartAsync(cancel.Token);
Progress($"all healthy after {firstStart.AllHealthy.TotalSeconds:0.0} s (first start)");
using var world = await BenchWorld.SetUpAsync(suite, cancel.Token);
await using var database = await BareDatabase.CreateAsync(suite.Postgres.ConnectionString, cancel.Token);
await using var bus = await BareBus.StartAsync(suite.Broker, cancel.Token);
await using var context = new ScenarioContext(options, suite, world, database, bus, Progress);
await context.OpenAsync(cancel.Token);
await context.SettleAsync(cancel.Token);

var reports = new List<ScenarioReport>();
foreach (var scenario in scenarios)
{
    Progress($"scenario {scenario.Name}");
    try
    {
        reports.Add(await scenario.RunAsync(context, cancel.Token));
    }
    catch (Exception ex) when (!cancel.IsCancellationRequested)
    {
        // One scenario failing does not lose the others' figures: it is reported as failed.
        Progress($"scenario {scenario.Name} failed: {ex}");
        var failed = new ScenarioReport($"{scenario.Name}: FAILED");
        failed.Notes.Add($"{ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
        reports.Add(failed);
    }
}

var remark = $"load average (1 min) {loadAtStart} at the start, {LoadAverage()} at the end, on {Environment.ProcessorCount} cores" +
             (string.IsNullOrWhiteSpace(options.Remark) ? "" : $"; {options.Remark}") +
             string.Concat(context.Warnings.Distinct().Select(w => $"; {w}"));
var header = new RunHeader(started, MachineInfo.Read(repoRoot), options.Quick, options.Rounds, remark);
Console.WriteLine(ReportWriter.Text(header, reports));
if (options.ResultsPath is { } path)
{
    ResultsFile.Write(path, ReportWriter.Markdown(header, reports));
    Progress($"results written to {path}");
}
return 0;

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
