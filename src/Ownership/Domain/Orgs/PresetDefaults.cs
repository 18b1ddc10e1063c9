using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Orgs;

/// <summary>What each industry preset proposes for a project (R-IND-1..4); see <see cref="PresetProposal"/> for R-IND-5.</summary>
public static class PresetDefaults
{
    /// <summary>No preset: the catalog's owners, no hierarchy proposal.</summary>
    public static PresetProposal None { get; } = new(null, Hierarchy.Undeclared, null, ProposedStaffing.TwoPeople);

    /// <param name="tier">Required for <see cref="IndustryPreset.TechInHouse"/> (R-IND-4); ignored otherwise.</param>
    public static PresetProposal For(IndustryPreset? preset, ComplexityTier? tier = null) => preset switch
    {
        null => None,
        // R-IND-1: peers; producer owns external production, PM owns project flow.
        IndustryPreset.Advertising => new(preset, Hierarchy.Peers, null, ProposedStaffing.TwoPeople),
        // R-IND-2: the producer is senior; the PM supports the producer.
        IndustryPreset.FilmTvContent => new(preset, Hierarchy.ProducerSenior, ProjectRole.Producer, ProposedStaffing.TwoPeople),
        // R-IND-3: titles interchangeable; one person covers both roles (no reporting line between two hats: peers).
        IndustryPreset.DesignStudio => new(preset, Hierarchy.Peers, null, ProposedStaffing.OnePersonHoldsBothRoles),
        // R-IND-4: producers run high-complexity work, PMs run lower-complexity work.
        IndustryPreset.TechInHouse => tier switch
        {
            ComplexityTier.High => new(preset, Hierarchy.ProducerSenior, ProjectRole.Producer, ProposedStaffing.TwoPeople),
            ComplexityTier.Low => new(preset, Hierarchy.ProjectManagerSenior, ProjectRole.ProjectManager, ProposedStaffing.TwoPeople),
            _ => throw new ValidationException("complexity_tier", "a tech in-house project needs a complexity tier (low or high) to propose who runs it (R-IND-4)"),
        },
        _ => throw new ValidationException("preset", $"unknown industry preset {preset}"),
    };
}
