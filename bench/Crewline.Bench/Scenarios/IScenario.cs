using Crewline.Bench.Results;

namespace Crewline.Bench.Scenarios;

/// <summary>
/// One benchmark of the suite: measures its subjects next to their baselines on the running suite
/// (interleaved: round by round, a baseline then its subject) and reports tables and targets.
/// Add a scenario by writing a class and listing it in <see cref="ScenarioRegistry"/>.
/// </summary>
public interface IScenario
{
    /// <summary>Short name for <c>--only</c> (e.g. <c>reads</c>).</summary>
    string Name { get; }

    Task<ScenarioReport> RunAsync(ScenarioContext context, CancellationToken cancellationToken);
}
