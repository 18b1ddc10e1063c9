using Crewline.Contracts;
using Crewline.Contracts.Ownership.V1;

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

    public static SpocRole ProposedRoleFor(ProjectType type) =>
        ProjectTypes.IsProductionHeavy(type) ? SpocRole.Producer : SpocRole.ProjectManager;
}
