namespace Crewline.ClientComms.Domain;

/// <summary>
/// R-COMM-2: the SPOC a project's type proposes. Production-heavy work (commercial production,
/// film, content shoots) → the producer; project-flow-heavy work (brand identity, campaign
/// development, internal team-driven work) → the project manager. Only a proposal: the SPOC
/// is whoever is named.
/// </summary>
public static class DefaultSpocRule
{
    public const string RuleId = "R-COMM-2";

    /// <param name="productionHeavy">Whether the project's type is production-heavy (which types are is shared
    /// contract knowledge: <c>Crewline.Contracts.ProjectTypes.IsProductionHeavy</c>).</param>
    public static SpocRole ProposedRoleFor(bool productionHeavy) =>
        productionHeavy ? SpocRole.Producer : SpocRole.ProjectManager;
}

/// <summary>
/// R-COMM-2: the proposal is confirmed by naming the proposed role, or overridden with a reason. A
/// project type this service does not know proposes nothing, so any naming needs no reason.
/// </summary>
public static class SpocOverrideRule
{
    public static void Check(SpocRole? proposed, SpocRole named, string reason)
    {
        if (proposed is { } p && p != named && string.IsNullOrWhiteSpace(reason))
            throw new Crewline.BuildingBlocks.Errors.RuleViolationException(DefaultSpocRule.RuleId,
                $"The project's type proposes the {p} as SPOC: naming the {named} instead overrides it and needs a reason.");
    }
}
