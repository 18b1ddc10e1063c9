using Crewline.Ownership.Domain.Findings;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Decisions;

/// <summary>
/// Detects an unstated hierarchy (R-FAIL-3) from a project and its decision log: no declared
/// reporting line, or decisions on one role's functions repeatedly taken by the other role.
/// "Repeatedly" means at least <see cref="RepeatedOverrideThreshold"/> overrides in which the
/// PM decided a function owned by the producer (or the reverse); a person holding both roles
/// never overrides either.
/// </summary>
public static class UnstatedHierarchyDetector
{
    /// <summary>How many overrides by the same non-owner role make a pattern (shared with Reporting's detector).</summary>
    public const int RepeatedOverrideThreshold = Crewline.BuildingBlocks.Findings.FailureModeRules.RepeatedOverrideThreshold;

    public static IReadOnlyList<Finding> Detect(IProjectOwnership project, IEnumerable<Decision> decisionLog)
    {
        var findings = new List<Finding>();
        if (project.Hierarchy == Hierarchy.Undeclared)
            findings.Add(new Finding(FindingKind.UnstatedHierarchy, project.ProjectId, null,
                "No reporting line between the PM and the producer is declared (neither peers nor a senior role).",
                Finding.FixDeclareHierarchy));

        var log = decisionLog.Where(d => d.ProjectId == project.ProjectId && d.IsOverride).ToArray();
        foreach (var (role, other) in new[] { (ProjectRole.ProjectManager, ProjectRole.Producer), (ProjectRole.Producer, ProjectRole.ProjectManager) })
        {
            var overrides = log.Where(d => d.DeciderRoles.Contains(role) && d.OwnerRoles.Contains(other)).ToArray();
            if (!Crewline.BuildingBlocks.Findings.FailureModeRules.IsRepeatedOverride(overrides.Length)) continue;

            var perFunction = overrides.GroupBy(d => d.FunctionKey).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToArray();
            var functions = string.Join(", ", perFunction.Select(g => $"{g.Key} ×{g.Count()}"));
            findings.Add(new Finding(FindingKind.UnstatedHierarchy, project.ProjectId,
                perFunction.Length == 1 ? perFunction[0].Key : null,
                $"The {DecisionRouter.Name(role)} took {overrides.Length} decisions on functions the {DecisionRouter.Name(other)} owns "
                + $"(threshold {RepeatedOverrideThreshold}): {functions}; declared hierarchy: {project.Hierarchy}.",
                Finding.FixDeclareHierarchy));
        }
        return findings;
    }
}
