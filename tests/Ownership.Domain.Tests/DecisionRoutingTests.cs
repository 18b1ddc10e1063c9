using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Decisions;
using Crewline.Ownership.Domain.Roles;
using Crewline.Ownership.Domain.Tests.Fakes;
using static Crewline.Ownership.Domain.Functions.FunctionKeys;
using static Crewline.Ownership.Domain.Tests.Fakes.FakeProjectOwnership;

namespace Crewline.Ownership.Domain.Tests;

public sealed class DecisionRoutingTests
{
    [Fact]
    [Trait("Rule", "R-ROUTE-1")]
    public void R_ROUTE_1_a_decision_on_an_external_production_function_routes_to_the_producer_first_and_briefs_the_pm()
    {
        var route = DecisionRouter.WhoDecides(WithPair(), VendorSelection);

        Assert.Equal([ProjectRole.Producer], route.DecidingRoles);
        Assert.Equal([Producer], route.DeciderIds);
        Assert.Equal([ProjectRole.ProjectManager], route.BriefedRoles);
        Assert.Equal([Pm], route.BriefedIds);
        Assert.False(route.LeadershipJointly);
        Assert.Contains("vendor-selection is owned by producer in this project's matrix", route.Reason);
        Assert.Contains("route to the producer first (R-ROUTE-1)", route.Reason);
    }

    [Fact]
    [Trait("Rule", "R-ROUTE-1")]
    public void R_ROUTE_1_a_decision_on_an_internal_process_function_routes_to_the_pm_first_and_briefs_the_producer()
    {
        var route = DecisionRouter.WhoDecides(WithPair(), RevisionRounds);

        Assert.Equal([ProjectRole.ProjectManager], route.DecidingRoles);
        Assert.Equal([Pm], route.DeciderIds);
        Assert.Equal([ProjectRole.Producer], route.BriefedRoles);
        Assert.Contains("route to the PM first (R-ROUTE-1)", route.Reason);
    }

    [Fact]
    [Trait("Rule", "R-ROUTE-1")]
    public void R_ROUTE_1_decision_categories_route_external_production_to_the_producer_and_internal_team_to_the_pm()
    {
        var project = WithPair();

        var external = DecisionRouter.WhoDecides(project, DecisionCategory.ExternalProduction);
        var internalTeam = DecisionRouter.WhoDecides(project, DecisionCategory.InternalTeamOrProcess);

        Assert.Equal([ProjectRole.Producer], external.DecidingRoles);
        Assert.Equal([Producer], external.DeciderIds);
        Assert.Equal([ProjectRole.ProjectManager], internalTeam.DecidingRoles);
        Assert.Equal([Pm], internalTeam.DeciderIds);
        Assert.Equal("R-ROUTE-1", external.RuleId);
    }

    [Fact]
    [Trait("Rule", "R-ROUTE-1")]
    public void R_ROUTE_1_one_person_wearing_both_hats_decides_and_has_nobody_else_to_brief()
    {
        var route = DecisionRouter.WhoDecides(WithBothHats(), VendorSelection);

        Assert.Equal([BothHats], route.DeciderIds);
        Assert.Equal([ProjectRole.ProjectManager], route.BriefedRoles);
        Assert.Empty(route.BriefedIds);
    }

    [Fact]
    [Trait("Rule", "R-ROUTE-2")]
    public void R_ROUTE_2_owner_decides_even_when_the_other_role_is_senior()
    {
        var project = WithPair(Hierarchy.ProducerSenior);

        var route = DecisionRouter.WhoDecides(project, InternalCapacity);

        Assert.Equal([ProjectRole.ProjectManager], route.DecidingRoles);
        Assert.Equal([Pm], route.DeciderIds);
        Assert.DoesNotContain(Producer, route.DeciderIds);
        Assert.Contains("the producer is senior on this project, but the owner decides, whoever is senior (R-ROUTE-2)", route.Reason);
    }

    [Fact]
    [Trait("Rule", "R-ROUTE-2")]
    public void R_ROUTE_2_the_project_matrix_not_the_default_decides_who_owns_it()
    {
        var project = WithPair().Own(VendorSelection, ProjectRole.ProjectManager);

        var route = DecisionRouter.WhoDecides(project, VendorSelection);

        Assert.Equal([ProjectRole.ProjectManager], route.DecidingRoles);
        Assert.Equal([Pm], route.DeciderIds);
        Assert.Contains("the matrix names PM and the owner decides (R-ROUTE-2)", route.Reason);
    }

    [Fact]
    [Trait("Rule", "R-ROUTE-2")]
    public void R_ROUTE_2_a_shared_function_is_decided_by_both_co_owners()
    {
        var route = DecisionRouter.WhoDecides(WithPair(), ScopeChangeDecisions);

        Assert.Equal([ProjectRole.ProjectManager, ProjectRole.Producer], route.DecidingRoles);
        Assert.Equal([Pm, Producer], route.DeciderIds.Order().ToArray());
        Assert.Empty(route.BriefedRoles);
    }

    [Fact]
    [Trait("Rule", "R-ROUTE-3")]
    public void R_ROUTE_3_capacity_conflict_is_led_by_the_pm_and_the_producer_is_briefed_only_if_production_depends_on_it()
    {
        var project = WithPair(Hierarchy.ProducerSenior);

        var contained = DecisionRouter.WhoDecides(project, DecisionCategory.InternalCapacityConflict, productionDependenciesAffected: false);
        var affectsProduction = DecisionRouter.WhoDecides(project, DecisionCategory.InternalCapacityConflict, productionDependenciesAffected: true);

        Assert.Equal([ProjectRole.ProjectManager], contained.DecidingRoles);
        Assert.Empty(contained.BriefedRoles);
        Assert.Equal([ProjectRole.ProjectManager], affectsProduction.DecidingRoles);
        Assert.Equal([ProjectRole.Producer], affectsProduction.BriefedRoles);
        Assert.Equal([Producer], affectsProduction.BriefedIds);
        Assert.False(affectsProduction.LeadershipJointly);
    }

    [Fact]
    [Trait("Rule", "R-ROUTE-3")]
    public void R_ROUTE_3_a_shoot_date_that_must_move_goes_to_leadership_jointly_by_pm_and_producer()
    {
        var route = DecisionRouter.WhoDecides(WithPair(), DecisionCategory.ShootDateMove);

        Assert.True(route.LeadershipJointly);
        Assert.Equal([ProjectRole.ProjectManager, ProjectRole.Producer], route.DecidingRoles);
        Assert.Equal([Pm, Producer], route.DeciderIds.Order().ToArray());
        Assert.Equal("R-ROUTE-3", route.RuleId);
    }

    [Fact]
    [Trait("Rule", "R-ROUTE-3")]
    public void R_ROUTE_3_with_both_hats_the_one_person_takes_the_shoot_date_to_leadership()
    {
        var route = DecisionRouter.WhoDecides(WithBothHats(), DecisionCategory.ShootDateMove);

        Assert.True(route.LeadershipJointly);
        Assert.Equal([BothHats], route.DeciderIds);
    }

    [Fact]
    public void An_unknown_function_is_a_validation_error_on_function_key()
    {
        var error = Assert.Throws<ValidationException>(() => DecisionRouter.WhoDecides(WithPair(), "no-such-function"));
        Assert.Equal("function_key", Assert.Single(error.Violations).Field);
    }

    [Fact]
    [Trait("Rule", "R-OWN-7")]
    public void R_OWN_7_a_function_nobody_owns_cannot_be_routed()
    {
        var project = WithPair().Unown(VendorInvoices);

        var error = Assert.Throws<RuleViolationException>(() => DecisionRouter.WhoDecides(project, VendorInvoices));
        Assert.Equal("R-OWN-7", error.RuleId);
    }
}
