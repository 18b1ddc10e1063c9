using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Kickoff;
using Crewline.Ownership.Domain.Orgs;
using Crewline.Ownership.Domain.Roles;
using static Crewline.Ownership.Domain.Functions.FunctionKeys;

namespace Crewline.Ownership.Domain.Tests;

public sealed class PresetTests
{
    [Fact]
    [Trait("Rule", "R-IND-1")]
    public void R_IND_1_advertising_proposes_peers_with_the_producer_owning_external_production_and_the_pm_project_flow()
    {
        var proposal = PresetDefaults.For(IndustryPreset.Advertising);
        Assert.Equal(Hierarchy.Peers, proposal.Hierarchy);
        Assert.Null(proposal.LeadRole);
        Assert.Equal(ProposedStaffing.TwoPeople, proposal.Staffing);

        var project = ProjectScenario.NewProject(IndustryPreset.Advertising);
        Assert.Equal(Hierarchy.Peers, project.ProposedHierarchy);
        Assert.Equal([ProjectRole.Producer], project.OwnersOf(VendorSelection));
        Assert.Equal([ProjectRole.Producer], project.OwnersOf(LocationsAndPermits));
        Assert.Equal([ProjectRole.ProjectManager], project.OwnersOf(InternalCapacity));
        Assert.Equal([ProjectRole.ProjectManager], project.OwnersOf(RevisionRounds));
    }

    [Fact]
    [Trait("Rule", "R-IND-2")]
    public void R_IND_2_film_tv_and_content_production_proposes_the_producer_senior_with_the_pm_supporting()
    {
        var proposal = PresetDefaults.For(IndustryPreset.FilmTvContent);
        Assert.Equal(Hierarchy.ProducerSenior, proposal.Hierarchy);
        Assert.Equal(ProjectRole.Producer, proposal.LeadRole);

        var project = ProjectScenario.NewProject(IndustryPreset.FilmTvContent);
        Assert.Equal(Hierarchy.ProducerSenior, project.ProposedHierarchy);
        Assert.Equal([ProjectRole.ProjectManager], project.OwnersOf(DeliverableTracking));
    }

    [Fact]
    [Trait("Rule", "R-IND-3")]
    public void R_IND_3_design_studio_proposes_one_person_holding_both_roles_and_no_seniority_between_the_hats()
    {
        var proposal = PresetDefaults.For(IndustryPreset.DesignStudio);
        Assert.Equal(ProposedStaffing.OnePersonHoldsBothRoles, proposal.Staffing);
        Assert.Equal(Hierarchy.Peers, proposal.Hierarchy);
        Assert.Null(proposal.LeadRole);
        foreach (var preset in new[] { IndustryPreset.Advertising, IndustryPreset.FilmTvContent })
            Assert.Equal(ProposedStaffing.TwoPeople, PresetDefaults.For(preset).Staffing);
    }

    [Fact]
    [Trait("Rule", "R-IND-4")]
    public void R_IND_4_tech_in_house_high_complexity_work_is_run_by_the_producer()
    {
        var proposal = PresetDefaults.For(IndustryPreset.TechInHouse, ComplexityTier.High);
        Assert.Equal(ProjectRole.Producer, proposal.LeadRole);
        Assert.Equal(Hierarchy.ProducerSenior, proposal.Hierarchy);
    }

    [Fact]
    [Trait("Rule", "R-IND-4")]
    public void R_IND_4_tech_in_house_low_complexity_work_is_run_by_the_pm()
    {
        var proposal = PresetDefaults.For(IndustryPreset.TechInHouse, ComplexityTier.Low);
        Assert.Equal(ProjectRole.ProjectManager, proposal.LeadRole);
        Assert.Equal(Hierarchy.ProjectManagerSenior, proposal.Hierarchy);

        var project = ProjectScenario.NewProject(IndustryPreset.TechInHouse, ComplexityTier.Low);
        Assert.Equal(ComplexityTier.Low, project.ComplexityTier);
        Assert.Equal(Hierarchy.ProjectManagerSenior, project.ProposedHierarchy);
    }

    [Fact]
    [Trait("Rule", "R-IND-4")]
    public void R_IND_4_a_tech_in_house_project_needs_a_complexity_tier()
    {
        var error = Assert.Throws<ValidationException>(() => ProjectScenario.NewProject(IndustryPreset.TechInHouse, tier: null));
        Assert.Equal("complexity_tier", error.Violations.Single().Field);
    }

    [Theory]
    [InlineData(IndustryPreset.Advertising)]
    [InlineData(IndustryPreset.FilmTvContent)]
    [InlineData(IndustryPreset.DesignStudio)]
    [InlineData(IndustryPreset.TechInHouse)]
    [Trait("Rule", "R-IND-5")]
    public void R_IND_5_a_preset_only_proposes_the_hierarchy_stays_undeclared_and_every_function_needs_confirmation(IndustryPreset preset)
    {
        var scenario = ProjectScenario.Pair(preset, tier: preset == IndustryPreset.TechInHouse ? ComplexityTier.High : null);
        var project = scenario.Project;

        Assert.NotEqual(Hierarchy.Undeclared, project.ProposedHierarchy);
        Assert.Equal(Hierarchy.Undeclared, project.Hierarchy);
        Assert.All(project.Matrix.Rows, row => Assert.False(row.IsConfirmed));

        var unmet = project.UnmetKickoffConditions(ProjectScenario.BothPlanned);
        Assert.Contains(unmet, u => u.Kind == KickoffConditionKind.HierarchyUndeclared);
        Assert.Equal(project.Matrix.Rows.Count, unmet.Count(u => u.Kind == KickoffConditionKind.FunctionNotConfirmed));
    }

    [Fact]
    [Trait("Rule", "R-IND-5")]
    public void R_IND_5_the_proposed_hierarchy_counts_only_once_declared()
    {
        var scenario = ProjectScenario.Pair(IndustryPreset.FilmTvContent).ConfirmFunctions().DoSteps().NameSpoc().SetCadence();
        var error = Assert.Throws<KickoffNotReadyException>(() => scenario.Project.Start(scenario.Producer, ProjectScenario.BothPlanned, ProjectScenario.Now));
        Assert.Equal(KickoffConditionKind.HierarchyUndeclared, error.Unmet.Single().Kind);

        scenario.Project.DeclareHierarchy(scenario.Project.ProposedHierarchy, scenario.Producer);
        scenario.Project.Start(scenario.Producer, ProjectScenario.BothPlanned, ProjectScenario.Now);
        Assert.Equal(Hierarchy.ProducerSenior, scenario.Project.Hierarchy);
    }

    [Fact]
    public void Without_a_preset_the_catalog_owners_apply_and_no_hierarchy_is_proposed()
    {
        var project = ProjectScenario.NewProject(preset: null);
        Assert.Equal(Hierarchy.Undeclared, project.ProposedHierarchy);
        Assert.Equal([ProjectRole.Producer], project.OwnersOf(VendorPayments));
    }
}
