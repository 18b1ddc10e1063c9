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
    public override string ToString() => Description;
}
