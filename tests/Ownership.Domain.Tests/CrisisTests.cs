using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Crises;
using Crewline.Ownership.Domain.Roles;
using static Crewline.Ownership.Domain.Functions.FunctionKeys;
using static Crewline.Ownership.Domain.Tests.Fakes.FakeProjectOwnership;

namespace Crewline.Ownership.Domain.Tests;

public sealed class CrisisTests
{
    private static readonly Guid Org = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(CrisisSource.VendorFellThrough, VendorSelection)]
    [InlineData(CrisisSource.TalentIssue, TalentAndCrew)]
    [InlineData(CrisisSource.ShootDayWeatheredOut, ProductionMilestones)]
    [Trait("Rule", "R-CRISIS-2")]
    public void R_CRISIS_2_production_side_sources_are_led_by_the_producer_and_the_pm_coordinates_downstream_flow(CrisisSource source, string function)
    {
        var crisis = Crisis.Open(Guid.NewGuid(), Org, WithPair(Hierarchy.ProjectManagerSenior), source, "It happened", Pm, Now);

        Assert.Equal(function, crisis.SourceFunctionKey);
        Assert.Equal(ProjectRole.Producer, crisis.LeadRole);
        Assert.Equal([Producer], crisis.LeadIds);
        Assert.Equal(ProjectRole.ProjectManager, crisis.CoordinatingRole);
        Assert.Equal("coordinates downstream flow", crisis.CoordinationDuty);
        Assert.Contains("R-CRISIS-2", crisis.LeadReason);
    }

    [Theory]
    [InlineData(CrisisSource.TeamMemberDeparted, InternalTeamCoordination)]
    [InlineData(CrisisSource.KeyApprovalDelayed, ClientSignOff)]
    [InlineData(CrisisSource.ScopeBlowUp, DeliverableTracking)]
    [Trait("Rule", "R-CRISIS-3")]
    public void R_CRISIS_3_flow_side_sources_are_led_by_the_pm_and_the_producer_adjusts_production_timing(CrisisSource source, string function)
    {
        var crisis = Crisis.Open(Guid.NewGuid(), Org, WithPair(), source, "It happened", Producer, Now);

        Assert.Equal(function, crisis.SourceFunctionKey);
        Assert.Equal(ProjectRole.ProjectManager, crisis.LeadRole);
        Assert.Equal([Pm], crisis.LeadIds);
        Assert.Equal(ProjectRole.Producer, crisis.CoordinatingRole);
        Assert.Equal("adjusts production timing", crisis.CoordinationDuty);
        Assert.Contains("R-CRISIS-3", crisis.LeadReason);
    }

    [Fact]
    [Trait("Rule", "R-CRISIS-1")]
    public void R_CRISIS_1_the_owner_of_the_source_leads_not_the_senior_producer()
    {
        var project = WithPair(Hierarchy.ProducerSenior);

        var crisis = Crisis.Open(Guid.NewGuid(), Org, project, CrisisSource.TeamMemberDeparted, "The lead designer left", Producer, Now);

        Assert.Equal(ProjectRole.ProjectManager, crisis.LeadRole);
        Assert.Equal([Pm], crisis.LeadIds);
        Assert.Contains("whoever is senior (R-CRISIS-1)", crisis.LeadReason);
    }

    [Fact]
    [Trait("Rule", "R-CRISIS-1")]
    public void R_CRISIS_1_the_lead_follows_the_project_matrix_not_the_default_owner()
    {
        var project = WithPair().Own(VendorSelection, ProjectRole.ProjectManager);

        var crisis = Crisis.Open(Guid.NewGuid(), Org, project, CrisisSource.VendorFellThrough, "The caterer cancelled", Producer, Now);

        Assert.Equal(ProjectRole.ProjectManager, crisis.LeadRole);
    }

    [Fact]
    [Trait("Rule", "R-CRISIS-1")]
    public void R_CRISIS_1_any_function_key_can_be_the_source()
    {
        var crisis = Crisis.Open(Guid.NewGuid(), Org, WithPair(), LocationsAndPermits, "Permit revoked", Pm, Now);

        Assert.Null(crisis.Source);
        Assert.Equal(ProjectRole.Producer, crisis.LeadRole);
        var opened = Assert.IsType<CrisisOpened>(Assert.Single(crisis.DomainEvents));
        Assert.Equal(LocationsAndPermits, opened.SourceFunctionKey);
    }

    [Fact]
    [Trait("Rule", "R-CRISIS-1")]
    public void R_CRISIS_1_a_shared_source_is_led_by_the_role_its_area_routes_to_first()
    {
        var project = WithPair().Share(TalentAndCrew, ProjectRole.ProjectManager, ProjectRole.Producer);

        Assert.Equal(ProjectRole.Producer, Crisis.Open(Guid.NewGuid(), Org, project, CrisisSource.TalentIssue, "Talent sick", Pm, Now).LeadRole);
        Assert.Equal(ProjectRole.ProjectManager, Crisis.Open(Guid.NewGuid(), Org, project, ScopeChangeDecisions, "Change storm", Pm, Now).LeadRole);
    }

    [Fact]
    [Trait("Rule", "R-CRISIS-2")]
    public void R_CRISIS_2_one_person_wearing_both_hats_leads_and_coordinates()
    {
        var project = WithBothHats();
        var crisis = Crisis.Open(Guid.NewGuid(), Org, project, CrisisSource.ShootDayWeatheredOut, "Rain", CreativeLead, Now);

        Assert.Equal(ProjectRole.Producer, crisis.LeadRole);
        Assert.Equal([BothHats], crisis.LeadIds);
        crisis.Resolve(project, BothHats, "Moved to the backup day", Now.AddHours(1));
        Assert.False(crisis.IsOpen);
    }

    [Fact]
    [Trait("Rule", "R-CRISIS-1")]
    public void R_CRISIS_1_only_the_lead_resolves_and_resolving_raises_an_event()
    {
        var project = WithPair();
        var crisis = Crisis.Open(Guid.NewGuid(), Org, project, CrisisSource.VendorFellThrough, "Vendor out", Pm, Now);

        Assert.Throws<PermissionDeniedException>(() => crisis.Resolve(project, Pm, "Found another", Now.AddHours(1)));
        crisis.Resolve(project, Producer, "Booked vendor C at the same rate", Now.AddHours(1));

        Assert.False(crisis.IsOpen);
        Assert.Equal("Booked vendor C at the same rate", crisis.Resolution);
        Assert.IsType<CrisisResolved>(crisis.DomainEvents[^1]);
        Assert.Throws<RuleViolationException>(() => crisis.Resolve(project, Producer, "Again", Now.AddHours(2)));
    }

    [Fact]
    public void Bad_input_and_outsiders_are_refused()
    {
        var project = WithPair();

        Assert.Throws<ValidationException>(() => Crisis.Open(Guid.NewGuid(), Org, project, CrisisSource.TalentIssue, " ", Pm, Now));
        Assert.Throws<ValidationException>(() => Crisis.Open(Guid.NewGuid(), Org, project, "no-such-function", "x", Pm, Now));
        Assert.Throws<PermissionDeniedException>(() => Crisis.Open(Guid.NewGuid(), Org, project, CrisisSource.TalentIssue, "x", Outsider, Now));
        var crisis = Crisis.Open(Guid.NewGuid(), Org, project, CrisisSource.TalentIssue, "x", Pm, Now);
        Assert.Throws<ValidationException>(() => crisis.Resolve(project, Producer, "Done", Now.AddHours(-1)));
    }

    [Fact]
    [Trait("Rule", "R-OWN-7")]
    public void R_OWN_7_a_source_nobody_owns_has_no_lead()
    {
        var project = WithPair().Unown(TalentAndCrew);

        var error = Assert.Throws<RuleViolationException>(() => Crisis.Open(Guid.NewGuid(), Org, project, CrisisSource.TalentIssue, "x", Pm, Now));
        Assert.Equal("R-OWN-7", error.RuleId);
    }
}
