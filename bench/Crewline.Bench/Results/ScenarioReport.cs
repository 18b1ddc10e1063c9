namespace Crewline.Bench.Results;

/// <summary>What a scenario reports: its tables, the targets it checks, and notes on how it measured.</summary>
public sealed class ScenarioReport(string title)
{
    public string Title { get; } = title;
    public List<Table> Tables { get; } = [];
    public List<TargetCheck> Targets { get; } = [];
    public List<string> Notes { get; } = [];
}
