namespace Crewline.Bench.Scenarios;

/// <summary>
/// Every scenario, in the order they run. A new one is a class implementing <see cref="IScenario"/> added here, before
/// <see cref="StartAndMemoryScenario"/>, which restarts the suite and so runs last.
/// </summary>
public static class ScenarioRegistry
{
    public static IReadOnlyList<IScenario> All { get; } =
    [
        new ProjectReadScenario(),
        new CreateScenario(),
        new ReportingLagScenario(),
        new OutboxDispatchScenario(),
        new ScopeChangeScenario(),
        new ClientCommsScenario(),
        new ReportingQueryScenario(),
        new ProjectionLagScenario(),
        new StartAndMemoryScenario(),
    ];

    /// <summary>The scenarios named in <paramref name="only"/> (all when it is empty), in registry order.</summary>
    public static IReadOnlyList<IScenario> Select(IReadOnlySet<string> only)
    {
        var unknown = only.Where(n => All.All(s => !string.Equals(s.Name, n, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown scenario(s) {string.Join(", ", unknown)}; known: {string.Join(", ", All.Select(s => s.Name))}.");
        return only.Count == 0 ? All : All.Where(s => only.Contains(s.Name)).ToList();
    }
}
