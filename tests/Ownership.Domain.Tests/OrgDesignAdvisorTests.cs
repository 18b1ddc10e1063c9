using Crewline.BuildingBlocks.OrgDesign;
using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.OrgDesign;
using Crewline.Ownership.Domain.Orgs;

namespace Crewline.Ownership.Domain.Tests;

public sealed class OrgDesignAdvisorTests
{
    private const ExternalProductionIntensity Low = ExternalProductionIntensity.Low;
    private const ExternalProductionIntensity High = ExternalProductionIntensity.High;

    [Theory]
    [InlineData(IndustryPreset.Advertising, OneRoleTitle.ProjectManager)]
    [InlineData(IndustryPreset.DesignStudio, OneRoleTitle.ProjectManager)]
    [InlineData(IndustryPreset.FilmTvContent, OneRoleTitle.Producer)]
    [InlineData(IndustryPreset.TechInHouse, OneRoleTitle.VariesByComplexityTier)]
    [Trait("Rule", "R-ORG-1")]
    public void R_ORG_1_low_external_and_low_volume_is_one_role_titled_by_industry(IndustryPreset preset, OneRoleTitle title)
    {
        var advice = OrgDesignAdvisor.Advise(Low, 2, preset);

        Assert.Equal(StaffingQuadrant.OneRole, advice.Quadrant);
        Assert.Equal(title, advice.OneRoleTitle);
        Assert.False(advice.IsBorderline);
        Assert.Contains(advice.Reasons, r => r.Contains("R-ORG-1") && r.Contains(preset.ToString()));
    }

    [Fact]
    [Trait("Rule", "R-ORG-2")]
    public void R_ORG_2_high_external_and_low_volume_is_a_producer_alone_with_pm_duties_folded_in()
    {
        var advice = OrgDesignAdvisor.Advise(High, 3, IndustryPreset.Advertising);

        Assert.Equal(StaffingQuadrant.ProducerAloneWithPmDuties, advice.Quadrant);
        Assert.Null(advice.OneRoleTitle);
        Assert.Contains(advice.Reasons, r => r.Contains("R-ORG-2"));
    }

    [Fact]
    [Trait("Rule", "R-ORG-3")]
    public void R_ORG_3_low_external_and_high_volume_is_a_pm_team_without_producers()
    {
        var advice = OrgDesignAdvisor.Advise(Low, 9, IndustryPreset.DesignStudio);

        Assert.Equal(StaffingQuadrant.PmTeamWithoutProducers, advice.Quadrant);
        Assert.Contains(advice.Reasons, r => r.Contains("R-ORG-3"));
    }

    [Fact]
    [Trait("Rule", "R-ORG-4")]
    public void R_ORG_4_high_external_and_high_volume_is_both_roles_structured_explicitly()
    {
        var advice = OrgDesignAdvisor.Advise(High, 12, IndustryPreset.Advertising);

        Assert.Equal(StaffingQuadrant.BothRolesStructured, advice.Quadrant);
        Assert.Equal([StaffingQuadrant.BothRolesStructured], advice.Neighbours);
        Assert.Contains("relationship structured explicitly", advice.Summary);
    }

    [Theory]
    [InlineData(3, VolumeBand.Low)]
    [InlineData(4, VolumeBand.Borderline)]
    [InlineData(5, VolumeBand.Borderline)]
    [InlineData(6, VolumeBand.Borderline)]
    [InlineData(7, VolumeBand.High)]
    [Trait("Rule", "R-ORG-5")]
    public void R_ORG_5_volume_bands_at_the_boundaries(int concurrent, VolumeBand band)
    {
        Assert.Equal(band, OrgDesignAdvisor.BandOf(concurrent));
        Assert.Equal(band, OrgDesignAdvisor.Advise(High, concurrent, IndustryPreset.Advertising).Volume);
    }

    [Fact]
    [Trait("Rule", "R-ORG-5")]
    public void R_ORG_5_three_and_seven_are_outside_the_borderline_zone()
    {
        Assert.Equal(StaffingQuadrant.ProducerAloneWithPmDuties, OrgDesignAdvisor.Advise(High, 3, IndustryPreset.Advertising).Quadrant);
        Assert.Equal(StaffingQuadrant.BothRolesStructured, OrgDesignAdvisor.Advise(High, 7, IndustryPreset.Advertising).Quadrant);
        Assert.Equal(StaffingQuadrant.PmTeamWithoutProducers, OrgDesignAdvisor.Advise(Low, 7, IndustryPreset.Advertising).Quadrant);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    [Trait("Rule", "R-ORG-5")]
    public void R_ORG_5_the_borderline_zone_says_so_and_names_both_neighbouring_quadrants(int concurrent)
    {
        var high = OrgDesignAdvisor.Advise(High, concurrent, IndustryPreset.Advertising);
        var low = OrgDesignAdvisor.Advise(Low, concurrent, IndustryPreset.FilmTvContent);

        Assert.True(high.IsBorderline);
        Assert.Contains("Borderline zone", high.Summary);
        Assert.Equal([StaffingQuadrant.ProducerAloneWithPmDuties, StaffingQuadrant.BothRolesStructured], high.Neighbours);
        Assert.Contains(high.Reasons, r => r.Contains("borderline zone") && r.Contains("R-ORG-5"));
        Assert.Equal([StaffingQuadrant.OneRole, StaffingQuadrant.PmTeamWithoutProducers], low.Neighbours);
        Assert.Equal(OneRoleTitle.Producer, low.OneRoleTitle);
    }

    [Fact]
    [Trait("Rule", "R-ORG-6")]
    public void R_ORG_6_the_advice_explains_which_inputs_drove_it()
    {
        var advice = OrgDesignAdvisor.Advise(High, 8, IndustryPreset.Advertising);

        Assert.Contains(advice.Reasons, r => r.Contains("intensity is high"));
        Assert.Contains(advice.Reasons, r => r.Contains("8 concurrent productions is above 6"));
        Assert.Contains(advice.Reasons, r => r.Contains("High external + high volume") && r.Contains("R-ORG-4"));
    }

    [Fact]
    [Trait("Rule", "R-ORG-6")]
    public void R_ORG_6_the_inputs_are_computed_from_the_live_portfolio()
    {
        var portfolio = new[]
        {
            new PortfolioProject(Guid.NewGuid(), ProductionHeavy: true, Active: true),
            new PortfolioProject(Guid.NewGuid(), ProductionHeavy: false, Active: true, ProductionSignals.Talent | ProductionSignals.Locations),
            new PortfolioProject(Guid.NewGuid(), ProductionHeavy: false, Active: true),
            new PortfolioProject(Guid.NewGuid(), ProductionHeavy: false, Active: true),
            new PortfolioProject(Guid.NewGuid(), ProductionHeavy: false, Active: true),
            new PortfolioProject(Guid.NewGuid(), ProductionHeavy: false, Active: true),
            new PortfolioProject(Guid.NewGuid(), ProductionHeavy: false, Active: true),
            new PortfolioProject(Guid.NewGuid(), ProductionHeavy: true, Active: false),
        };

        var inputs = PortfolioAnalyzer.InputsFrom(portfolio);
        var advice = OrgDesignAdvisor.Advise(inputs, IndustryPreset.Advertising);

        Assert.Equal(7, inputs.ConcurrentProductions);
        Assert.Equal(2, inputs.ExternallyIntensiveProductions);
        Assert.Equal(High, inputs.Intensity);
        Assert.Equal(StaffingQuadrant.BothRolesStructured, advice.Quadrant);
        Assert.Contains(advice.Reasons, r => r.Contains("live portfolio"));
    }

    [Fact]
    [Trait("Rule", "R-ORG-6")]
    public void R_ORG_6_one_shoot_among_many_flow_projects_is_low_intensity_but_one_shoot_alone_is_high()
    {
        var manyFlow = Enumerable.Range(0, 9).Select(_ => new PortfolioProject(Guid.NewGuid(), false, true))
            .Append(new PortfolioProject(Guid.NewGuid(), false, true, ProductionSignals.FilmShoots));
        var oneShoot = new[] { new PortfolioProject(Guid.NewGuid(), false, true, ProductionSignals.FilmShoots) };

        Assert.Equal(Low, PortfolioAnalyzer.InputsFrom(manyFlow).Intensity);
        Assert.Equal(High, PortfolioAnalyzer.InputsFrom(oneShoot).Intensity);
        Assert.Equal(Low, PortfolioAnalyzer.InputsFrom([]).Intensity);
    }

    [Fact]
    public void A_negative_count_is_a_validation_error()
    {
        var error = Assert.Throws<ValidationException>(() => OrgDesignAdvisor.Advise(Low, -1, IndustryPreset.Advertising));
        Assert.Equal("concurrent_productions", Assert.Single(error.Violations).Field);
    }
}
