using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Orgs;

/// <summary>
/// What an industry preset proposes for a new project (R-IND-1..4). Only a proposal (R-IND-5):
/// the project's hierarchy stays undeclared and every function still needs its owner's
/// confirmation at kickoff.
/// </summary>
/// <param name="Preset">The preset it comes from; null when the org has none (the catalog's defaults, no hierarchy proposal).</param>
/// <param name="Hierarchy">The proposed reporting line (<see cref="Hierarchy.Undeclared"/> when there is nothing to propose).</param>
/// <param name="LeadRole">The role that runs the project, when the preset names one.</param>
/// <param name="Staffing">Two people, or one person holding both roles.</param>
public sealed record PresetProposal(
    IndustryPreset? Preset,
    Hierarchy Hierarchy,
    ProjectRole? LeadRole,
    ProposedStaffing Staffing)
{
    /// <summary>The proposed owner role(s) of a function. Every preset keeps the catalog's split
    /// (producer: external production, PM: project flow, both: co-owned functions).</summary>
    public IReadOnlyList<ProjectRole> OwnersOf(FunctionDefinition function) => function.DefaultOwners;
}
