using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Kickoff;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Projects.Events;
using Crewline.Ownership.Domain.Roles;
using static Crewline.Ownership.Domain.Functions.FunctionKeys;

namespace Crewline.Ownership.Domain.Tests;

public sealed class KickoffTests
{
    private static readonly DateTimeOffset Now = ProjectScenario.Now;

    private static KickoffNotReadyException StartFails(ProjectScenario scenario, IReadOnlySet<ProjectRole>? planned = null)
    {
        var error = Assert.Throws<KickoffNotReadyException>(() => scenario.Project.Start(scenario.Pm, planned ?? ProjectScenario.BothPlanned, Now));
        Assert.Equal("R-KICK-1", error.RuleId);
        Assert.Equal(ProjectPhase.Kickoff, scenario.Project.Phase);
        Assert.Empty(scenario.Project.DomainEvents.OfType<ProjectStarted>());
        return error;
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_a_project_with_every_condition_met_leaves_kickoff()
    {
        var scenario = ProjectScenario.Pair().ReadyToStart();
        Assert.Empty(scenario.Project.UnmetKickoffConditions(ProjectScenario.BothPlanned));

        scenario.Project.Start(scenario.Producer, ProjectScenario.BothPlanned, Now);

        Assert.Equal(ProjectPhase.Active, scenario.Project.Phase);
        Assert.Equal(Now, scenario.Project.StartedAt);
        Assert.Equal(new ProjectStarted(scenario.Project.Id, scenario.Producer, Now), scenario.Project.DomainEvents[^1]);
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_a_function_not_confirmed_by_its_owner_keeps_the_project_in_kickoff()
    {
        var scenario = ProjectScenario.Pair().ConfirmFunctions(except: VendorPayments).DoSteps().NameSpoc().DeclareHierarchy().SetCadence();

        var unmet = Assert.Single(StartFails(scenario).Unmet);
        Assert.Equal(KickoffConditionKind.FunctionNotConfirmed, unmet.Kind);
        Assert.Equal(VendorPayments, unmet.FunctionKey);
        Assert.Equal([ProjectRole.Producer], unmet.Roles);
        Assert.Contains("'Vendor payments'", unmet.Description);
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_a_shared_function_needs_the_confirmation_of_each_co_owner()
    {
        var scenario = ProjectScenario.Pair().ConfirmFunctions(except: ScopeChangeDecisions).DoSteps().NameSpoc().DeclareHierarchy().SetCadence();
        scenario.Project.ConfirmFunction(ScopeChangeDecisions, scenario.Pm, Now);

        var unmet = Assert.Single(StartFails(scenario).Unmet);
        Assert.Equal((KickoffConditionKind.FunctionNotConfirmed, ScopeChangeDecisions), (unmet.Kind, unmet.FunctionKey));
        Assert.Equal([ProjectRole.Producer], unmet.Roles);

        scenario.Project.ConfirmFunction(ScopeChangeDecisions, scenario.Producer, Now);
        scenario.Project.Start(scenario.Pm, ProjectScenario.BothPlanned, Now);
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_the_spoc_must_be_named()
    {
        var scenario = ProjectScenario.Pair().ConfirmFunctions().DoSteps().DeclareHierarchy().SetCadence();
        Assert.Equal(KickoffConditionKind.SpocNotNamed, Assert.Single(StartFails(scenario).Unmet).Kind);

        scenario.Project.MarkSpocNamed(ProjectRole.ProjectManager, "pm-subject", "Pia PM", Now);
        Assert.Equal(new SpocRecorded(scenario.Project.Id, ProjectRole.ProjectManager, "pm-subject", "Pia PM", Now), scenario.Project.DomainEvents[^1]);
        scenario.Project.Start(scenario.Pm, ProjectScenario.BothPlanned, Now);
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_the_hierarchy_must_be_declared()
    {
        var scenario = ProjectScenario.Pair().ConfirmFunctions().DoSteps().NameSpoc().SetCadence();
        Assert.Equal(KickoffConditionKind.HierarchyUndeclared, Assert.Single(StartFails(scenario).Unmet).Kind);
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_the_communication_cadence_must_be_set()
    {
        var scenario = ProjectScenario.Pair().ConfirmFunctions().DoSteps().NameSpoc().DeclareHierarchy();
        Assert.Equal(KickoffConditionKind.CadenceNotSet, Assert.Single(StartFails(scenario).Unmet).Kind);

        var cadence = new CommunicationCadence(CadenceFrequency.TwiceWeekly, "  Tue/Thu 10:00  ");
        scenario.Project.SetCadence(cadence, scenario.Pm);
        Assert.Equal("Tue/Thu 10:00", scenario.Project.Cadence!.Note);
        Assert.Equal(new CadenceSet(scenario.Project.Id, cadence, scenario.Pm), scenario.Project.DomainEvents[^1]);
        scenario.Project.Start(scenario.Pm, ProjectScenario.BothPlanned, Now);
    }

    [Theory]
    [InlineData(ProjectRole.ProjectManager)]
    [InlineData(ProjectRole.Producer)]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_milestones_of_both_roles_must_be_on_the_shared_plan(ProjectRole missing)
    {
        var scenario = ProjectScenario.Pair().ReadyToStart();
        var planned = ProjectScenario.BothPlanned.Where(r => r != missing).ToHashSet();

        var unmet = Assert.Single(StartFails(scenario, planned).Unmet);
        Assert.Equal(KickoffConditionKind.MilestonesMissing, unmet.Kind);
        Assert.Equal([missing], unmet.Roles);
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_every_unmet_condition_is_listed_at_once()
    {
        var scenario = ProjectScenario.Pair();
        var rows = scenario.Project.Matrix.Rows.Count;

        var error = StartFails(scenario, new HashSet<ProjectRole>());

        var kinds = error.Unmet.Select(u => u.Kind).ToList();
        Assert.Equal(rows, kinds.Count(k => k == KickoffConditionKind.FunctionNotConfirmed));
        Assert.Single(kinds, KickoffConditionKind.SpocNotNamed);
        Assert.Single(kinds, KickoffConditionKind.HierarchyUndeclared);
        Assert.Single(kinds, KickoffConditionKind.CadenceNotSet);
        Assert.Equal(2, kinds.Count(k => k == KickoffConditionKind.MilestonesMissing));
        Assert.Equal(KickoffSteps.All.Count, kinds.Count(k => k == KickoffConditionKind.StepNotDone));
        Assert.Equal(rows + 5 + KickoffSteps.All.Count, error.Unmet.Count);
        Assert.StartsWith("[R-KICK-1]", error.Message);
        Assert.All(error.Unmet, u => Assert.Contains(u.Description, error.Message));
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_only_an_owner_confirms_a_function()
    {
        var scenario = ProjectScenario.Pair();
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.ConfirmFunction(InternalCapacity, scenario.Producer, Now));
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.ConfirmFunction(VendorInvoices, scenario.Pm, Now));
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.ConfirmFunction(VendorInvoices, scenario.Leader, Now));
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.ConfirmFunction(BriefAuthoring, scenario.Pm, Now));
        Assert.False(scenario.Project.Matrix.Get(VendorInvoices).IsConfirmed);

        scenario.Project.ConfirmFunction(VendorInvoices, scenario.Producer, Now);
        Assert.True(scenario.Project.Matrix.Get(VendorInvoices).IsConfirmed);
        var confirmed = scenario.Events<FunctionConfirmed>();
        Assert.Equal((VendorInvoices, scenario.Producer), (confirmed.FunctionKey, confirmed.By));
        Assert.Equal([ProjectRole.Producer], confirmed.Roles);
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_a_duplicated_function_cannot_be_confirmed_and_blocks_kickoff()
    {
        var scenario = ProjectScenario.Pair().ReadyToStart();
        scenario.Project.AddOwner(VendorInvoices, ProjectRole.ProjectManager, scenario.Pm);

        Assert.Equal("R-OWN-1", Assert.Throws<RuleViolationException>(() => scenario.Project.ConfirmFunction(VendorInvoices, scenario.Producer, Now)).RuleId);
        var unmet = Assert.Single(StartFails(scenario).Unmet);
        Assert.Equal((KickoffConditionKind.FunctionDuplicated, VendorInvoices), (unmet.Kind, unmet.FunctionKey));
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_a_function_without_an_owner_cannot_be_confirmed_and_blocks_kickoff()
    {
        var scenario = ProjectScenario.Pair().ReadyToStart();
        scenario.Project.RemoveOwner(VendorPayments, ProjectRole.Producer, scenario.Producer);

        Assert.Throws<RuleViolationException>(() => scenario.Project.ConfirmFunction(VendorPayments, scenario.Producer, Now));
        var unmet = Assert.Single(StartFails(scenario).Unmet);
        Assert.Equal((KickoffConditionKind.FunctionUnowned, VendorPayments), (unmet.Kind, unmet.FunctionKey));
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_a_function_whose_owner_role_nobody_holds_blocks_kickoff()
    {
        var scenario = ProjectScenario.Pair().ConfirmFunctions(except: BriefAuthoring).DoSteps().NameSpoc().DeclareHierarchy().SetCadence();
        scenario.Project.RemoveRole(scenario.CreativeLead, ProjectRole.CreativeLead);

        var unmet = Assert.Single(StartFails(scenario).Unmet);
        Assert.Equal((KickoffConditionKind.FunctionUnowned, BriefAuthoring), (unmet.Kind, unmet.FunctionKey));
        Assert.Contains("no project member holds", unmet.Description);
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_reassigning_a_confirmed_function_during_kickoff_resets_its_confirmation()
    {
        var scenario = ProjectScenario.Pair().ReadyToStart();
        scenario.Project.ReassignOwner(VendorInvoices, ProjectRole.ProjectManager, scenario.Producer);

        Assert.True(scenario.Events<FunctionOwnerReassigned>().ConfirmationsCleared);
        Assert.False(scenario.Project.Matrix.Get(VendorInvoices).IsConfirmed);
        Assert.Equal(VendorInvoices, Assert.Single(StartFails(scenario).Unmet).FunctionKey);
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.ConfirmFunction(VendorInvoices, scenario.Producer, Now));

        scenario.Project.ConfirmFunction(VendorInvoices, scenario.Pm, Now);
        scenario.Project.Start(scenario.Pm, ProjectScenario.BothPlanned, Now);
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_a_matrix_change_after_the_start_resets_the_row_but_the_project_stays_active()
    {
        var scenario = ProjectScenario.Pair().Started();
        scenario.Project.MarkShared(VendorInvoices, [ProjectRole.Producer, ProjectRole.ProjectManager], scenario.Leader);

        Assert.Equal(ProjectPhase.Active, scenario.Project.Phase);
        Assert.True(scenario.Events<FunctionMarkedShared>().ConfirmationsCleared);
        Assert.Equal([ProjectRole.Producer, ProjectRole.ProjectManager], scenario.Project.Matrix.Get(VendorInvoices).Confirmations.Missing(scenario.Project.OwnersOf(VendorInvoices)));
        Assert.Contains(scenario.Project.UnmetKickoffConditions(ProjectScenario.BothPlanned), u => u.FunctionKey == VendorInvoices);
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_only_the_pm_or_the_producer_starts_the_project_and_only_once()
    {
        var scenario = ProjectScenario.Pair().ReadyToStart();
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.Start(scenario.CreativeLead, ProjectScenario.BothPlanned, Now));
        Assert.Throws<PermissionDeniedException>(() => scenario.Project.Start(scenario.Leader, ProjectScenario.BothPlanned, Now));
        scenario.Project.Start(scenario.Pm, ProjectScenario.BothPlanned, Now);
        Assert.Equal("R-KICK-1", Assert.Throws<RuleViolationException>(() => scenario.Project.Start(scenario.Pm, ProjectScenario.BothPlanned, Now)).RuleId);
    }

    [Theory]
    [InlineData(KickoffStep.ProductionPlanPresented, ProjectRole.Producer)]
    [InlineData(KickoffStep.ProjectPlanPresented, ProjectRole.ProjectManager)]
    [InlineData(KickoffStep.ReviewProcessPresented, ProjectRole.ProjectManager)]
    [InlineData(KickoffStep.BriefWalkedThrough, ProjectRole.CreativeLead)]
    [InlineData(KickoffStep.ProductionScopeConfirmed, ProjectRole.Producer)]
    [InlineData(KickoffStep.ProjectFlowScopeConfirmed, ProjectRole.ProjectManager)]
    [Trait("Rule", "R-KICK-2")]
    public void R_KICK_2_each_step_is_done_only_by_a_member_holding_its_role(KickoffStep step, ProjectRole role)
    {
        var scenario = ProjectScenario.Pair();
        Assert.Equal(role, KickoffSteps.RoleFor(step));
        foreach (var other in new[] { ProjectRole.ProjectManager, ProjectRole.Producer, ProjectRole.CreativeLead, ProjectRole.Leadership }.Where(r => r != role))
            Assert.Throws<PermissionDeniedException>(() => scenario.Project.CompleteKickoffStep(step, scenario.PersonFor(other), Now));
        Assert.Empty(scenario.Project.KickoffStepsDone);

        scenario.Project.CompleteKickoffStep(step, scenario.PersonFor(role), Now);
        Assert.Equal([step], scenario.Project.KickoffStepsDone);
        Assert.Equal(new KickoffStepCompleted(scenario.Project.Id, step, scenario.PersonFor(role), Now), scenario.Project.DomainEvents[^1]);
    }

    [Theory]
    [InlineData(KickoffStep.ProductionPlanPresented)]
    [InlineData(KickoffStep.ProjectPlanPresented)]
    [InlineData(KickoffStep.ReviewProcessPresented)]
    [InlineData(KickoffStep.BriefWalkedThrough)]
    [InlineData(KickoffStep.ProductionScopeConfirmed)]
    [InlineData(KickoffStep.ProjectFlowScopeConfirmed)]
    [Trait("Rule", "R-KICK-2")]
    public void R_KICK_2_a_missing_step_keeps_the_project_in_kickoff(KickoffStep missing)
    {
        var scenario = ProjectScenario.Pair().ConfirmFunctions().DoSteps(except: missing).NameSpoc().DeclareHierarchy().SetCadence();

        var unmet = Assert.Single(StartFails(scenario).Unmet);
        Assert.Equal((KickoffConditionKind.StepNotDone, missing), (unmet.Kind, unmet.Step));
        Assert.Equal("R-KICK-2", unmet.RuleId);
    }

    [Fact]
    [Trait("Rule", "R-KICK-2")]
    public void R_KICK_2_steps_belong_to_kickoff()
    {
        var scenario = ProjectScenario.Pair().Started();
        Assert.Equal("R-KICK-2", Assert.Throws<RuleViolationException>(() =>
            scenario.Project.CompleteKickoffStep(KickoffStep.ProductionPlanPresented, scenario.Producer, Now)).RuleId);
    }

    [Fact]
    [Trait("Rule", "R-KICK-3")]
    public void R_KICK_3_a_template_from_an_earlier_project_prefills_owners_and_proposals_but_never_the_confirmations()
    {
        var earlier = ProjectScenario.Pair().ReadyToStart();
        earlier.Project.ReassignOwner(VendorInvoices, ProjectRole.ProjectManager, earlier.Pm);
        earlier.Project.ConfirmFunction(VendorInvoices, earlier.Pm, Now);
        earlier.Project.DeclareHierarchy(Hierarchy.ProducerSenior, earlier.Producer);
        earlier.Project.Start(earlier.Pm, ProjectScenario.BothPlanned, Now);
        var template = ProjectTemplate.From(earlier.Project);

        var next = ProjectScenario.Pair();
        next.Project.ApplyTemplate(template, next.Pm);

        Assert.Equal([ProjectRole.ProjectManager], next.Project.OwnersOf(VendorInvoices));
        Assert.Equal(Hierarchy.ProducerSenior, next.Project.ProposedHierarchy);
        Assert.Equal(earlier.Project.Cadence, next.Project.ProposedCadence);
        Assert.Equal(Hierarchy.Undeclared, next.Project.Hierarchy);
        Assert.Null(next.Project.Cadence);
        Assert.All(next.Project.Matrix.Rows, row => Assert.Empty(row.Confirmations.All));
        Assert.Equal(template.Rows.Count, next.Events<TemplateApplied>().FunctionsPrefilled);

        var unmet = StartFails(next.DoSteps().NameSpoc()).Unmet;
        Assert.Equal(next.Project.Matrix.Rows.Count, unmet.Count(u => u.Kind == KickoffConditionKind.FunctionNotConfirmed));
        Assert.Contains(unmet, u => u.Kind == KickoffConditionKind.HierarchyUndeclared);
        Assert.Contains(unmet, u => u.Kind == KickoffConditionKind.CadenceNotSet);
    }

    [Fact]
    [Trait("Rule", "R-KICK-3")]
    public void R_KICK_3_a_template_applied_over_confirmed_rows_clears_their_confirmations()
    {
        var scenario = ProjectScenario.Pair().ConfirmFunctions();
        var template = ProjectTemplate.From(ProjectScenario.Pair().Project);

        scenario.Project.ApplyTemplate(template, scenario.Producer);

        Assert.All(scenario.Project.Matrix.Rows, row => Assert.False(row.IsConfirmed));
    }

    [Fact]
    [Trait("Rule", "R-KICK-3")]
    public void R_KICK_3_a_template_prefills_only_a_project_in_kickoff()
    {
        var scenario = ProjectScenario.Pair().Started();
        var template = ProjectTemplate.From(scenario.Project);
        Assert.Equal("R-KICK-3", Assert.Throws<RuleViolationException>(() => scenario.Project.ApplyTemplate(template, scenario.Pm)).RuleId);
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_and_R_KICK_2_one_person_wearing_both_hats_confirms_and_presents_for_both_roles()
    {
        var scenario = ProjectScenario.BothHats();
        var both = scenario.Pm;

        scenario.Project.ConfirmFunction(ScopeChangeDecisions, both, Now);
        Assert.True(scenario.Project.Matrix.Get(ScopeChangeDecisions).IsConfirmed);
        Assert.Equal([ProjectRole.ProjectManager, ProjectRole.Producer], scenario.Events<FunctionConfirmed>().Roles);

        scenario.ReadyToStart();
        Assert.All(KickoffSteps.All.Where(s => KickoffSteps.RoleFor(s) != ProjectRole.CreativeLead),
            step => Assert.Contains(scenario.Project.DomainEvents.OfType<KickoffStepCompleted>(), e => e.Step == step && e.By == both));

        scenario.Project.Start(both, ProjectScenario.BothPlanned, Now);
        Assert.Equal(ProjectPhase.Active, scenario.Project.Phase);
    }

    [Fact]
    public void A_redelivered_or_older_spoc_naming_changes_nothing()
    {
        var scenario = ProjectScenario.Pair();
        Assert.True(scenario.Project.MarkSpocNamed(ProjectRole.Producer, "p", "Pat", Now));
        Assert.False(scenario.Project.MarkSpocNamed(ProjectRole.Producer, "p", "Pat", Now));
        Assert.False(scenario.Project.MarkSpocNamed(ProjectRole.ProjectManager, "m", "Pia", Now.AddMinutes(-5)));
        Assert.Equal("Pat", scenario.Project.Spoc!.PersonName);
        Assert.True(scenario.Project.MarkSpocNamed(ProjectRole.ProjectManager, "m", "Pia", Now.AddMinutes(5)));
        Assert.Equal(ProjectRole.ProjectManager, scenario.Project.Spoc!.Role);
        Assert.Equal(2, scenario.Project.DomainEvents.OfType<SpocRecorded>().Count());
    }
}
