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
