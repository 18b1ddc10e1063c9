using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Kickoff;

/// <summary>One reason a project cannot leave kickoff yet.</summary>
/// <param name="FunctionKey">For function conditions.</param>
/// <param name="Roles">The roles that still have to act (the unconfirmed owners, the role missing milestones, the step's role).</param>
/// <param name="Step">For <see cref="KickoffConditionKind.StepNotDone"/>.</param>
public sealed record UnmetKickoffCondition(
    KickoffConditionKind Kind,
    string Description,
    string RuleId,
    string? FunctionKey = null,
    IReadOnlyList<ProjectRole>? Roles = null,
    KickoffStep? Step = null)
{
    /// <summary>
    /// What is unmet, for machines: the function key for a function condition, otherwise
    /// <c>spoc</c>, <c>hierarchy</c>, <c>cadence</c>, <c>milestones:&lt;role&gt;</c> or
    /// <c>kickoff-step:&lt;step&gt;</c> (kebab-case names, e.g. <c>milestones:producer</c>).
    /// </summary>
    public string Subject => Kind switch
    {
        KickoffConditionKind.FunctionNotConfirmed or KickoffConditionKind.FunctionUnowned or KickoffConditionKind.FunctionDuplicated
            => FunctionKey ?? "",
        KickoffConditionKind.SpocNotNamed => "spoc",
        KickoffConditionKind.HierarchyUndeclared => "hierarchy",
        KickoffConditionKind.CadenceNotSet => "cadence",
        KickoffConditionKind.MilestonesMissing => "milestones:" + string.Join(",", (Roles ?? []).Select(r => Kebab(r.ToString()))),
        KickoffConditionKind.StepNotDone => "kickoff-step:" + (Step is { } step ? Kebab(step.ToString()) : ""),
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Not a kickoff condition."),
    };

    public override string ToString() => Description;

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
