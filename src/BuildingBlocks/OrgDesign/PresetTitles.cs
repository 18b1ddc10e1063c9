using Crewline.Contracts;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.BuildingBlocks.OrgDesign;

/// <summary>
/// What an industry preset calls the single role when one role covers both (R-ORG-1), by the preset's
/// proto value, for services that know an org's preset from its events (Ownership's domain keeps the
/// same rule on its own preset type; a test holds the two together).
/// </summary>
public static class PresetTitles
{
    public static PresetTitle Of(Proto.IndustryPreset preset) => new(preset.ToString(), preset switch
    {
        Proto.IndustryPreset.FilmTvContent => OneRoleTitle.Producer,
        Proto.IndustryPreset.TechInHouse => OneRoleTitle.VariesByComplexityTier,
        Proto.IndustryPreset.Advertising or Proto.IndustryPreset.DesignStudio => OneRoleTitle.ProjectManager,
        _ => default, // refused by the advisor as an unknown preset
    });

    /// <summary>The preset by its proto value name (e.g. <c>INDUSTRY_PRESET_ADVERTISING</c>, as events carry it); an org with none is advised as an agency.</summary>
    public static PresetTitle Of(string? presetName) =>
        Of(ProtoEnums.TryParse<Proto.IndustryPreset>(presetName, out var preset) && preset != Proto.IndustryPreset.Unspecified ? preset : Proto.IndustryPreset.Advertising);
}
