using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Plan;
using Crewline.Ownership.Domain.Roles;
using Crewline.Ownership.Domain.Tests.Fakes;
using static Crewline.Ownership.Domain.Tests.Fakes.FakeProjectOwnership;

namespace Crewline.Ownership.Domain.Tests;

public sealed class SharedPlanTests
{
    private static readonly Guid Org = Guid.NewGuid();
    private static readonly DateOnly Mar1 = new(2026, 3, 1);

    private static DateOnly Day(int n) => Mar1.AddDays(n - 1);

    private sealed class PlanWithShoot
    {
        public FakeProjectOwnership Project { get; } = WithPair();
        public SharedPlan Plan { get; }
        public Guid BriefLock { get; } = Guid.NewGuid();
        public Guid Shoot { get; } = Guid.NewGuid();
        public Guid Edit { get; } = Guid.NewGuid();
        public Guid Review { get; } = Guid.NewGuid();
        public Guid Delivery { get; } = Guid.NewGuid();

        public PlanWithShoot()
        {
            Plan = SharedPlan.For(Org, Project.ProjectId);
            Plan.AddItem(Project, Pm, BriefLock, PlanItemKind.Milestone, ProjectRole.ProjectManager, "Brief lock", Day(2), Day(2));
            Plan.AddItem(Project, Producer, Shoot, PlanItemKind.Milestone, ProjectRole.Producer, "Shoot", Day(10), Day(11), [BriefLock]);
            Plan.AddItem(Project, Producer, Edit, PlanItemKind.ProductionItem, ProjectRole.Producer, "Edit", Day(12), Day(16), [Shoot]);
            Plan.AddItem(Project, Pm, Review, PlanItemKind.Milestone, ProjectRole.ProjectManager, "Internal review", Day(18), Day(18), [Edit]);
            Plan.AddItem(Project, Pm, Delivery, PlanItemKind.Milestone, ProjectRole.ProjectManager, "Final delivery", Day(25), Day(25), [Review]);
        }
    }

    [Fact]
    [Trait("Rule", "R-OWN-5")]
    public void R_OWN_5_both_roles_put_their_items_on_the_one_shared_plan()
    {
        var p = new PlanWithShoot();

        Assert.Equal(5, p.Plan.Items.Count);
        Assert.Equal(new HashSet<ProjectRole> { ProjectRole.ProjectManager, ProjectRole.Producer }, p.Plan.RolesWithMilestones);
        Assert.Equal(5, p.Plan.DomainEvents.OfType<PlanItemAdded>().Count());
    }

    [Fact]
    [Trait("Rule", "R-KICK-1")]
    public void R_KICK_1_roles_with_milestones_only_counts_milestones()
    {
        var project = WithPair();
        var plan = SharedPlan.For(Org, project.ProjectId);
        plan.AddItem(project, Pm, Guid.NewGuid(), PlanItemKind.Milestone, ProjectRole.ProjectManager, "Kickoff", Day(1), Day(1));
        plan.AddItem(project, Producer, Guid.NewGuid(), PlanItemKind.ProductionItem, ProjectRole.Producer, "Casting", Day(3), Day(6));

        Assert.Equal(new HashSet<ProjectRole> { ProjectRole.ProjectManager }, plan.RolesWithMilestones);
    }

    [Fact]
    [Trait("Rule", "R-FAIL-1")]
    public void R_FAIL_1_one_plan_per_project_by_construction_the_plan_id_is_the_project_id()
    {
        var projectId = Guid.NewGuid();

        var plan = SharedPlan.For(Org, projectId);
        var secondAttempt = SharedPlan.For(Org, projectId);

        Assert.Equal(projectId, plan.Id);
        Assert.Equal(plan.Id, secondAttempt.Id);
    }

    [Fact]
    [Trait("Rule", "R-OWN-5")]
    public void R_OWN_5_the_producer_cannot_edit_a_pm_owned_milestone()
    {
        var p = new PlanWithShoot();

        Assert.Throws<PermissionDeniedException>(() => p.Plan.Reschedule(p.Project, Producer, p.Review, Day(19), Day(19)));
        Assert.Throws<PermissionDeniedException>(() => p.Plan.ChangeStatus(p.Project, Producer, p.Review, PlanItemStatus.Done));
        Assert.Throws<PermissionDeniedException>(() =>
            p.Plan.AddItem(p.Project, Producer, Guid.NewGuid(), PlanItemKind.Milestone, ProjectRole.ProjectManager, "Concept", Day(5), Day(5)));
    }

    [Fact]
    [Trait("Rule", "R-OWN-5")]
    public void R_OWN_5_the_pm_cannot_edit_a_producer_owned_milestone()
    {
        var p = new PlanWithShoot();

        Assert.Throws<PermissionDeniedException>(() => p.Plan.Reschedule(p.Project, Pm, p.Shoot, Day(12), Day(13)));
        Assert.Throws<PermissionDeniedException>(() => p.Plan.ChangeStatus(p.Project, Pm, p.Shoot, PlanItemStatus.InProgress));
        Assert.Throws<PermissionDeniedException>(() => p.Plan.AddDependency(p.Project, Pm, p.Edit, p.BriefLock));
        Assert.Equal(Day(10), p.Plan.Item(p.Shoot).Start);
    }

    [Fact]
    [Trait("Rule", "R-OWN-5")]
    public void R_OWN_5_one_person_wearing_both_hats_edits_items_of_both_roles()
    {
        var project = WithBothHats();
        var plan = SharedPlan.For(Org, project.ProjectId);
        var shoot = plan.AddItem(project, BothHats, Guid.NewGuid(), PlanItemKind.Milestone, ProjectRole.Producer, "Shoot", Day(3), Day(3));
        var review = plan.AddItem(project, BothHats, Guid.NewGuid(), PlanItemKind.Milestone, ProjectRole.ProjectManager, "Review", Day(5), Day(5), [shoot.Id]);

        plan.Reschedule(project, BothHats, review.Id, Day(6), Day(6));
        plan.ChangeStatus(project, BothHats, shoot.Id, PlanItemStatus.Done);

        Assert.Equal(Day(6), review.Start);
        Assert.Equal(PlanItemStatus.Done, shoot.Status);
    }

    [Fact]
    public void A_moved_shoot_date_shows_what_it_pushes_transitively_and_by_how_much()
    {
        var p = new PlanWithShoot();

        var impact = p.Plan.Reschedule(p.Project, Producer, p.Shoot, Day(15), Day(16));

        Assert.Equal(5, impact.Moved.StartDays);
        Assert.Equal([p.Edit, p.Review], impact.Pushed.Select(s => s.ItemId));
        Assert.Equal(4, impact.Pushed[0].StartDays);
        Assert.Equal(4, impact.Pushed[0].DueDays);
        Assert.Equal(2, impact.Pushed[1].StartDays);
        Assert.Equal(ProjectRole.ProjectManager, impact.Pushed[1].OwnerRole);
        Assert.Equal(Day(20), p.Plan.Item(p.Review).Start);
        Assert.Equal(Day(25), p.Plan.Item(p.Delivery).Start);
        Assert.Equal(impact, Assert.IsType<PlanItemRescheduled>(p.Plan.DomainEvents[^1]).Impact);
    }

    [Fact]
    public void Moving_an_item_earlier_pulls_nothing_in()
    {
        var p = new PlanWithShoot();

        var impact = p.Plan.Reschedule(p.Project, Producer, p.Shoot, Day(8), Day(9));

        Assert.Empty(impact.Pushed);
        Assert.Equal(Day(12), p.Plan.Item(p.Edit).Start);
    }

    [Fact]
    public void A_dependent_with_two_predecessors_is_pushed_once_by_the_later_one()
    {
        var p = new PlanWithShoot();
        var music = Guid.NewGuid();
        p.Plan.AddItem(p.Project, Producer, music, PlanItemKind.ProductionItem, ProjectRole.Producer, "Music licence", Day(3), Day(12));
        p.Plan.AddDependency(p.Project, Producer, p.Edit, music);

        var impact = p.Plan.Reschedule(p.Project, Producer, music, Day(3), Day(15));

        Assert.Equal(3, Assert.Single(impact.Pushed, s => s.ItemId == p.Edit).StartDays);
        Assert.Equal(Day(15), p.Plan.Item(p.Edit).Start);
    }

    [Fact]
    public void Due_before_start_is_a_validation_error_on_due()
    {
        var p = new PlanWithShoot();

        var onAdd = Assert.Throws<ValidationException>(() =>
            p.Plan.AddItem(p.Project, Pm, Guid.NewGuid(), PlanItemKind.Milestone, ProjectRole.ProjectManager, "Concept", Day(5), Day(4)));
        var onMove = Assert.Throws<ValidationException>(() => p.Plan.Reschedule(p.Project, Producer, p.Shoot, Day(14), Day(13)));

        Assert.Equal("due", Assert.Single(onAdd.Violations).Field);
        Assert.Equal("due", Assert.Single(onMove.Violations).Field);
    }

    [Fact]
    public void Dependencies_on_unknown_items_or_making_a_cycle_are_validation_errors()
    {
        var p = new PlanWithShoot();

        var unknown = Assert.Throws<ValidationException>(() =>
            p.Plan.AddItem(p.Project, Pm, Guid.NewGuid(), PlanItemKind.Milestone, ProjectRole.ProjectManager, "X", Day(30), Day(30), [Guid.NewGuid()]));
        var cycle = Assert.Throws<ValidationException>(() => p.Plan.AddDependency(p.Project, Pm, p.BriefLock, p.Delivery));
        var self = Assert.Throws<ValidationException>(() => p.Plan.AddDependency(p.Project, Pm, p.Delivery, p.Delivery));

        Assert.Equal("depends_on", Assert.Single(unknown.Violations).Field);
        Assert.Equal("depends_on", Assert.Single(cycle.Violations).Field);
        Assert.Equal("depends_on", Assert.Single(self.Violations).Field);
    }

    [Fact]
    public void An_item_cannot_start_before_its_predecessor_is_due()
    {
        var p = new PlanWithShoot();

        Assert.Throws<ValidationException>(() => p.Plan.Reschedule(p.Project, Producer, p.Edit, Day(9), Day(16)));
        Assert.Throws<ValidationException>(() =>
            p.Plan.AddItem(p.Project, Producer, Guid.NewGuid(), PlanItemKind.ProductionItem, ProjectRole.Producer, "Grade", Day(14), Day(15), [p.Edit]));
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-4")]
    public void R_SCOPE_4_items_created_by_a_change_stay_blocked_and_cannot_start_until_it_is_accepted()
    {
        var p = new PlanWithShoot();
        var changeRequest = Guid.NewGuid();
        var extraShoot = p.Plan.AddItem(p.Project, Producer, Guid.NewGuid(), PlanItemKind.Milestone, ProjectRole.Producer,
            "Extra shoot day", Day(20), Day(20), changeRequestId: changeRequest);

        Assert.Equal(PlanItemStatus.Blocked, extraShoot.Status);
        var error = Assert.Throws<RuleViolationException>(() => p.Plan.ChangeStatus(p.Project, Producer, extraShoot.Id, PlanItemStatus.InProgress));
        Assert.Equal("R-SCOPE-4", error.RuleId);
        Assert.Throws<RuleViolationException>(() => p.Plan.ChangeStatus(p.Project, Producer, extraShoot.Id, PlanItemStatus.Planned));

        Assert.Empty(p.Plan.UnblockForAcceptedChange(Guid.NewGuid()));
        Assert.Equal(PlanItemStatus.Blocked, extraShoot.Status);

        var unblocked = p.Plan.UnblockForAcceptedChange(changeRequest);
        Assert.Equal([extraShoot], unblocked);
        Assert.Equal(PlanItemStatus.Planned, extraShoot.Status);
        Assert.Equal(changeRequest, Assert.IsType<PlanItemsUnblocked>(p.Plan.DomainEvents[^1]).ChangeRequestId);
        p.Plan.ChangeStatus(p.Project, Producer, extraShoot.Id, PlanItemStatus.InProgress);
        Assert.Equal(PlanItemStatus.InProgress, extraShoot.Status);
    }

    [Fact]
    public void The_owner_moves_an_item_through_its_statuses_with_events()
    {
        var p = new PlanWithShoot();

        p.Plan.ChangeStatus(p.Project, Producer, p.Shoot, PlanItemStatus.InProgress);
        p.Plan.ChangeStatus(p.Project, Producer, p.Shoot, PlanItemStatus.Blocked);
        p.Plan.ChangeStatus(p.Project, Producer, p.Shoot, PlanItemStatus.InProgress);
        p.Plan.ChangeStatus(p.Project, Producer, p.Shoot, PlanItemStatus.Done);

        Assert.Equal(PlanItemStatus.Done, p.Plan.Item(p.Shoot).Status);
        Assert.Equal(4, p.Plan.DomainEvents.OfType<PlanItemStatusChanged>().Count());
    }
}
