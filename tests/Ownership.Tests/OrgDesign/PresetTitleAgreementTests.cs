using Crewline.BuildingBlocks.OrgDesign;
using Crewline.Ownership.Domain.OrgDesign;
using Crewline.Ownership.Domain.Orgs;

namespace Crewline.Ownership.Tests.OrgDesign;

/// <summary>Ownership's preset rule (its own preset type) and the shared one Reporting uses (the proto preset) give every preset the same single-role title.</summary>
public sealed class PresetTitleAgreementTests
{
    [Theory]
    [InlineData(IndustryPreset.Advertising)]
    [InlineData(IndustryPreset.FilmTvContent)]
    [InlineData(IndustryPreset.DesignStudio)]
    [InlineData(IndustryPreset.TechInHouse)]
    [Trait("Rule", "R-ORG-1")]
    public void R_ORG_1_both_services_title_the_single_role_alike(IndustryPreset preset)
    {
        Assert.Equal(OrgDesignAdvisor.TitleFor(preset), PresetTitles.Of(Enum.Parse<Contracts.Ownership.V1.IndustryPreset>(preset.ToString())).Title);
    }

    [Fact]
    public void Every_preset_is_covered()
    {
        Assert.Equal(4, Enum.GetValues<IndustryPreset>().Length);
    }
}
