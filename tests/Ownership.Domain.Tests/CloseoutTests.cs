using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Closing;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Projects.Events;
using Crewline.Ownership.Domain.Roles;
using static Crewline.Ownership.Domain.Functions.FunctionKeys;

namespace Crewline.Ownership.Domain.Tests;

public sealed class CloseoutTests
{
    private static readonly DateTimeOffset Now = ProjectScenario.Now;

    private static CloseoutNotReadyException CloseFails(ProjectScenario scenario)
    {
        var error = Assert.Throws<CloseoutNotReadyException>(() => scenario.Project.Close(scenario.Pm, Now));
        Assert.Equal(ProjectPhase.Active, scenario.Project.Phase);
        Assert.Empty(scenario.Project.DomainEvents.OfType<ProjectClosed>());
        return error;
    }

    [Fact]
    [Trait("Rule", "R-CLOSE-1")]
    public void R_CLOSE_1_the_project_closes_once_both_halves_are_confirmed_and_the_retro_recorded()
    {
        var scenario = ProjectScenario.Pair().Started().ConfirmCloseout().RecordRetro();
        Assert.Empty(scenario.Project.UnmetCloseoutItems());

        scenario.Project.Close(scenario.Producer, Now);

        Assert.Equal(ProjectPhase.Closed, scenario.Project.Phase);
        Assert.Equal(Now, scenario.Project.ClosedAt);
        Assert.Equal(new ProjectClosed(scenario.Project.Id, scenario.Producer, Now), scenario.Project.DomainEvents[^1]);
    }

    [Theory]
    [InlineData(AssetHandoff)]
    [InlineData(RightsDocumentation)]
    [InlineData(BudgetReconciliation)]
    [Trait("Rule", "R-CLOSE-1")]
    public void R_CLOSE_1_the_producer_half_must_be_confirmed(string missing)
    {
        Assert.Contains(missing, CloseoutItems.ProducerHalf);
        var scenario = ProjectScenario.Pair().Started().ConfirmCloseout(except: missing).RecordRetro();

        var error = CloseFails(scenario);
        Assert.Equal("R-CLOSE-1", error.RuleId);
        var unmet = Assert.Single(error.Unmet);
        Assert.Equal(missing, unmet.FunctionKey);
        Assert.Equal([ProjectRole.Producer], unmet.Roles);
    }

    [Theory]
    [InlineData(FinalFiles)]
    [InlineData(BrandDocumentation)]
    [InlineData(Archive)]
    [InlineData(ClientSignOff)]
    [Trait("Rule", "R-CLOSE-1")]
    public void R_CLOSE_1_the_pm_half_must_be_confirmed(string missing)
    {
        Assert.Contains(missing, CloseoutItems.PmHalf);
        var scenario = ProjectScenario.Pair().Started().ConfirmCloseout(except: missing).RecordRetro();

        var error = CloseFails(scenario);
        Assert.Equal("R-CLOSE-1", error.RuleId);
        var unmet = Assert.Single(error.Unmet);
        Assert.Equal(missing, unmet.FunctionKey);
        Assert.Equal([ProjectRole.ProjectManager], unmet.Roles);
    }

    [Fact]
    [Trait("Rule", "R-CLOSE-1")]
    public void R_CLOSE_1_every_unmet_item_is_listed_at_once()
    {
        var scenario = ProjectScenario.Pair().Started();

        var error = CloseFails(scenario);

        Assert.Equal("R-CLOSE-1", error.RuleId);
        Assert.Equal([.. CloseoutItems.All, null], error.Unmet.Select(u => u.FunctionKey));
        Assert.Equal("R-CLOSE-2", error.Unmet[^1].RuleId);
        Assert.Contains("[R-CLOSE-2]", error.Message);
        Assert.All(error.Unmet, u => Assert.Contains(u.Description, error.Message));
    }

    [Fact]
    [Trait("Rule", "R-CLOSE-1")]
    public void R_CLOSE_1_only_the_owner_confirms_a_closeout_item()
    {
        var scenario = ProjectScenario.Pair().Started();
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.ConfirmCloseoutItem(AssetHandoff, scenario.Pm, Now));
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.ConfirmCloseoutItem(FinalFiles, scenario.Producer, Now));
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.ConfirmCloseoutItem(ClientSignOff, scenario.Leader, Now));
        Assert.Empty(scenario.Project.CloseoutConfirmations);

        scenario.Project.ConfirmCloseoutItem(AssetHandoff, scenario.Producer, Now);
        var confirmed = scenario.Events<CloseoutItemConfirmed>();
        Assert.Equal((AssetHandoff, scenario.Producer), (confirmed.FunctionKey, confirmed.By));
        Assert.Equal([ProjectRole.Producer], confirmed.Roles);
    }

    [Fact]
    [Trait("Rule", "R-CLOSE-1")]
    public void R_CLOSE_1_a_reassigned_function_moves_its_closeout_confirmation_to_the_new_owner()
    {
        var scenario = ProjectScenario.Pair().Started().ConfirmCloseout().RecordRetro();
        scenario.Project.ReassignOwner(AssetHandoff, ProjectRole.ProjectManager, scenario.Leader);

        Assert.True(scenario.Events<FunctionOwnerReassigned>().ConfirmationsCleared);
        var unmet = Assert.Single(CloseFails(scenario).Unmet);
        Assert.Equal((AssetHandoff, ProjectRole.ProjectManager), (unmet.FunctionKey, unmet.Roles.Single()));
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.ConfirmCloseoutItem(AssetHandoff, scenario.Producer, Now));

        scenario.Project.ConfirmCloseoutItem(AssetHandoff, scenario.Pm, Now);
        scenario.Project.Close(scenario.Pm, Now);
    }

    [Fact]
    [Trait("Rule", "R-CLOSE-1")]
    public void R_CLOSE_1_a_confirmation_does_not_survive_a_reassignment_there_and_back()
    {
        var scenario = ProjectScenario.Pair().Started().ConfirmCloseout().RecordRetro();
        scenario.Project.ReassignOwner(AssetHandoff, ProjectRole.ProjectManager, scenario.Leader);
        scenario.Project.ReassignOwner(AssetHandoff, ProjectRole.Producer, scenario.Leader);

        var unmet = Assert.Single(CloseFails(scenario).Unmet);
        Assert.Equal((AssetHandoff, ProjectRole.Producer), (unmet.FunctionKey, unmet.Roles.Single()));
    }

    [Fact]
    [Trait("Rule", "R-CLOSE-1")]
    public void R_CLOSE_1_an_item_shared_by_both_roles_needs_both()
    {
        var scenario = ProjectScenario.Pair().Started();
        scenario.Project.MarkShared(Archive, [ProjectRole.ProjectManager, ProjectRole.Producer], scenario.Pm);
        scenario.ConfirmCloseout(except: Archive).RecordRetro();
        scenario.Project.ConfirmCloseoutItem(Archive, scenario.Pm, Now);

        Assert.Equal([ProjectRole.Producer], Assert.Single(CloseFails(scenario).Unmet).Roles);
        scenario.Project.ConfirmCloseoutItem(Archive, scenario.Producer, Now);
        scenario.Project.Close(scenario.Pm, Now);
    }

    [Fact]
    [Trait("Rule", "R-CLOSE-1")]
    public void R_CLOSE_1_closeout_happens_only_on_an_active_project()
    {
        var scenario = ProjectScenario.Pair();
        Assert.Equal("R-CLOSE-1", Assert.Throws<RuleViolationException>(() => scenario.Project.ConfirmCloseoutItem(AssetHandoff, scenario.Producer, Now)).RuleId);
        Assert.Equal("R-CLOSE-1", Assert.Throws<RuleViolationException>(() => scenario.Project.Close(scenario.Pm, Now)).RuleId);
        Assert.Throws<ValidationException>(() => scenario.Project.ConfirmCloseoutItem(VendorSelection, scenario.Producer, Now));
    }

    [Fact]
    [Trait("Rule", "R-CLOSE-1")]
    public void R_CLOSE_1_a_closed_project_no_longer_changes()
    {
        var scenario = ProjectScenario.Pair().Started().ConfirmCloseout().RecordRetro();
        scenario.Project.Close(scenario.Pm, Now);

        Assert.Throws<RuleViolationException>(() => scenario.Project.Close(scenario.Pm, Now));
        Assert.Throws<RuleViolationException>(() => scenario.Project.ReassignOwner(VendorInvoices, ProjectRole.ProjectManager, scenario.Pm));
        Assert.Throws<RuleViolationException>(() => scenario.Project.AddMember(Guid.NewGuid(), ProjectRole.Producer));
    }

    [Fact]
    [Trait("Rule", "R-CLOSE-2")]
    public void R_CLOSE_2_without_the_retro_the_project_does_not_close()
    {
        var scenario = ProjectScenario.Pair().Started().ConfirmCloseout();

        var error = CloseFails(scenario);
        Assert.Equal("R-CLOSE-2", error.RuleId);
        var unmet = Assert.Single(error.Unmet);
        Assert.Null(unmet.FunctionKey);
    }

    [Fact]
    [Trait("Rule", "R-CLOSE-2")]
    public void R_CLOSE_2_the_retro_is_facilitated_jointly_by_the_pm_and_the_producer()
    {
        var scenario = ProjectScenario.Pair().Started();
        Assert.Equal("R-CLOSE-2", Assert.Throws<RuleViolationException>(() =>
            scenario.Project.RecordRetro("notes", [scenario.Pm], scenario.Pm, Now)).RuleId);
        Assert.Equal("R-CLOSE-2", Assert.Throws<RuleViolationException>(() =>
            scenario.Project.RecordRetro("notes", [scenario.Producer, scenario.CreativeLead], scenario.Producer, Now)).RuleId);
        Assert.Throws<ValidationException>(() => scenario.Project.RecordRetro(" ", [scenario.Pm, scenario.Producer], scenario.Pm, Now));
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.RecordRetro("notes", [scenario.Pm, scenario.Producer], scenario.CreativeLead, Now));
        Assert.Null(scenario.Project.Retro);

        scenario.Project.RecordRetro(" Lock the brief earlier. ", [scenario.Pm, scenario.Producer], scenario.Producer, Now);
        Assert.Equal("Lock the brief earlier.", scenario.Project.Retro!.Notes);
        var recorded = scenario.Events<RetroRecorded>();
        Assert.Equal([scenario.Pm, scenario.Producer], recorded.FacilitatedBy);
        Assert.Equal(scenario.Producer, recorded.By);
    }

    [Fact]
    [Trait("Rule", "R-CLOSE-1")]
    public void R_CLOSE_1_and_R_CLOSE_2_one_person_wearing_both_hats_confirms_both_halves_and_facilitates_the_retro()
    {
        var scenario = ProjectScenario.BothHats().Started();
        var both = scenario.Pm;

        foreach (var key in CloseoutItems.All) scenario.Project.ConfirmCloseoutItem(key, both, Now);
        scenario.Project.RecordRetro("Both hats worked; the matrix kept them apart.", [both], both, Now);
        scenario.Project.Close(both, Now);

        Assert.Equal(ProjectPhase.Closed, scenario.Project.Phase);
        Assert.Equal(CloseoutItems.All.Count, scenario.Project.DomainEvents.OfType<CloseoutItemConfirmed>().Count());
    }
}
