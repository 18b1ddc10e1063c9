using Crewline.BuildingBlocks.Concurrency;
using Crewline.Ownership.Domain;

namespace Crewline.Ownership.Infrastructure.Concurrency;

/// <summary>
/// The rows of a project a command writes (see <see cref="MergeOnConflict"/>), taken from the
/// aggregate's stored snapshot: a function's matrix row (with its closeout confirmations), one
/// member's roles, one kickoff setting, the whole matrix, or the phase.
/// </summary>
public static class ProjectRows
{
    /// <summary>One function: its owners, shared flag, confirmations and closeout confirmations.</summary>
    public static TouchedRows Function(Project project, string functionKey)
    {
        var state = project.Snapshot();
        return TouchedRows.Of($"Function '{functionKey}'",
            state.Rows.SingleOrDefault(r => r.Function.Key == functionKey),
            state.Closeout.SingleOrDefault(c => c.FunctionKey == functionKey));
    }

    /// <summary>The roles one person holds on the project.</summary>
    public static TouchedRows Member(Project project, Guid personId) =>
        TouchedRows.Of($"The roles of person {personId} on the project", project.Members.RolesOf(personId).Order().ToList());

    /// <summary>One kickoff setting (the hierarchy, the cadence, a step, the retro).</summary>
    public static TouchedRows Setting(string name, object? value) => TouchedRows.Of($"The project's {name}", value);

    /// <summary>Every row of the matrix and the proposals (a template prefills them all).</summary>
    public static TouchedRows WholeMatrix(Project project)
    {
        var state = project.Snapshot();
        return TouchedRows.Of("The project's ownership matrix", state.Rows, state.ProposedHierarchy, state.ProposedCadence);
    }

    /// <summary>The phase (start, close): the gate is checked again on the fresh project.</summary>
    public static TouchedRows Phase(Project project) => TouchedRows.Of("The project's phase", project.Phase);
}
