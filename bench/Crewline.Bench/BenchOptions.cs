using System.Globalization;

namespace Crewline.Bench;

/// <summary>
/// How long and how often to measure. <c>--quick</c> keeps three rounds but shortens every
/// timed window (for developing the harness; its figures are rough); the default is the full run.
/// </summary>
public sealed record BenchOptions
{
    public bool Quick { get; init; }
    public int Rounds { get; init; } = 3;
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(5);
    public TimeSpan LagDuration { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Warm-up and window of a closed loop of whole workflows (a workflow takes seconds on a loaded machine).</summary>
    public TimeSpan WorkflowWarmup { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan WorkflowDuration { get; init; } = TimeSpan.FromSeconds(30);
    public int OutboxRows { get; init; } = 5000;
    public int StartRounds { get; init; } = 3;
    /// <summary>Projects of the large org the <c>reporting</c> scenario feeds to Reporting (the 10,000).</summary>
    public int ReportingProjects { get; init; } = 10_000;
    /// <summary>Scenario names to run (all when empty).</summary>
    public IReadOnlySet<string> Only { get; init; } = new HashSet<string>();
    /// <summary>A line for the results' head (e.g. "the machine was shared with other builds").</summary>
    public string? Remark { get; init; }
    /// <summary>Where the results section is written; null to only print.</summary>
    public string? ResultsPath { get; init; }

    public static BenchOptions Parse(string[] args, string defaultResultsPath)
    {
        var quick = args.Contains("--quick");
        var options = quick
            ? new BenchOptions
            {
                Quick = true,
                Warmup = TimeSpan.FromMilliseconds(300),
                Duration = TimeSpan.FromSeconds(1),
                LagDuration = TimeSpan.FromSeconds(3),
                WorkflowWarmup = TimeSpan.FromSeconds(5),
                WorkflowDuration = TimeSpan.FromSeconds(12),
                OutboxRows = 1000,
                StartRounds = 1,
                ReportingProjects = 1_000,
            }
            : new BenchOptions();
        // A full run writes bench/RESULTS.md; a quick one only prints unless told where to write.
        string? results = quick ? null : defaultResultsPath;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick": break;
                case "--only" when i + 1 < args.Length:
                    options = options with { Only = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase) };
                    break;
                case "--results" when i + 1 < args.Length:
                    results = Path.GetFullPath(args[++i]);
                    break;
                case "--remark" when i + 1 < args.Length:
                    options = options with { Remark = args[++i] };
                    break;
                case "--no-results":
                    results = null;
                    break;
                case "--reporting-projects" when i + 1 < args.Length:
                    options = options with { ReportingProjects = int.Parse(args[++i], CultureInfo.InvariantCulture) };
                    break;
                case "--rounds" when i + 1 < args.Length:
                    options = options with { Rounds = int.Parse(args[++i], CultureInfo.InvariantCulture) };
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: run.sh [--quick] [--only reads,creates,lag,outbox,scopechanges,clientcomms,reporting,projection,start] [--rounds N] [--reporting-projects N] [--results PATH | --no-results] [--remark TEXT]");
            }
        }
        return options with { ResultsPath = results };
    }
}
