using Crewline.BuildingBlocks.OrgDesign;
using Crewline.Ownership.Domain.Orgs;

namespace Crewline.Ownership.Domain.OrgDesign;

/// <summary>
/// When to staff both roles (R-ORG-1..6) for an org's industry preset: BuildingBlocks'
/// <see cref="StaffingAdvisor"/> (shared with Reporting's org-design view), with the preset's title
/// of the single role (R-ORG-1).
/// </summary>
public static class OrgDesignAdvisor
{
    /// <summary>Fewer concurrent productions than this is low volume (R-ORG-5).</summary>
    public const int BorderlineFrom = StaffingAdvisor.BorderlineFrom;
    /// <summary>More concurrent productions than this is high volume (R-ORG-5).</summary>
    public const int BorderlineTo = StaffingAdvisor.BorderlineTo;

    public static VolumeBand BandOf(int concurrentProductions) => StaffingAdvisor.BandOf(concurrentProductions);

    public static StaffingAdvice Advise(PortfolioInputs inputs, IndustryPreset preset) => StaffingAdvisor.Advise(inputs, Of(preset));

    public static StaffingAdvice Advise(ExternalProductionIntensity intensity, int concurrentProductions, IndustryPreset preset) =>
        StaffingAdvisor.Advise(intensity, concurrentProductions, Of(preset));

    public static OneRoleTitle TitleFor(IndustryPreset preset) => preset switch
    {
        IndustryPreset.FilmTvContent => OneRoleTitle.Producer,
        IndustryPreset.TechInHouse => OneRoleTitle.VariesByComplexityTier,
        _ => OneRoleTitle.ProjectManager,
    };

    /// <summary>The preset as the shared advisor takes it; an unknown preset gives no title, which it refuses as a bad "preset".</summary>
    public static PresetTitle Of(IndustryPreset preset) => new(preset.ToString(), Enum.IsDefined(preset) ? TitleFor(preset) : default);
}
