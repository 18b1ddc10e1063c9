using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Decisions;
using Crewline.Ownership.Domain.Plan;
using Crewline.Ownership.Domain.Roles;
using Crewline.Ownership.Domain.Tests.Fakes;
using static Crewline.Ownership.Domain.Tests.Fakes.FakeProjectOwnership;

namespace Crewline.Ownership.Domain.Tests;

/// <summary>The shared plan and the decision log on the scope-change workflow's side (R-SCOPE-3, R-SCOPE-4).</summary>
public sealed class ScopeChangePlanTests
{
    private static readonly Guid Org = Guid.NewGuid();
    private static readonly DateOnly May1 = new(2027, 5, 1);

    private static ApprovedChangeItem Item(ProjectRole owner, string title, int day) =>
        new(Guid.NewGuid(), PlanItemKind.ProductionItem, owner, title, May1.AddDays(day), May1.AddDays(day + 1));

    [Fact]
    [Trait("Rule", "R-SCOPE-4")]
    public void R_SCOPE_4_items_of_an_approved_change_are_added_blocked_once_each_and_stay_blocked_until_acceptance()
    {
        var project = WithPair();
        var plan = SharedPlan.For(Org, project.ProjectId);
        var change = Guid.NewGuid();
        ApprovedChangeItem[] items = [Item(ProjectRole.Producer, "Extra shoot day", 3), Item(ProjectRole.ProjectManager, "Extra review", 6)];

        Assert.Equal(2, plan.AddItemsOfApprovedChange(change, items).Count);
        Assert.Empty(plan.AddItemsOfApprovedChange(change, items)); // redelivered: nothing twice

        Assert.Equal(2, plan.Items.Count);
        Assert.All(plan.Items, i => Assert.True(i.AwaitingChangeAcceptance && i.Status == PlanItemStatus.Blocked && i.ChangeRequestId == change));
        var refused = Assert.Throws<RuleViolationException>(() => plan.ChangeStatus(project, Producer, items[0].ItemId, PlanItemStatus.InProgress));
        Assert.Equal("R-SCOPE-4", refused.RuleId);
        Assert.Equal(2, plan.UnblockForAcceptedChange(change).Count);
        Assert.All(plan.Items, i => Assert.Equal(PlanItemStatus.Planned, i.Status));
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-4")]
    public void R_SCOPE_4_a_declined_change_withdraws_only_its_blocked_items_and_the_dependencies_on_them()
    {
        var project = WithPair();
        var plan = SharedPlan.For(Org, project.ProjectId);
        var declined = Guid.NewGuid();
        var extra = Item(ProjectRole.Producer, "Extra shoot day", 3);
        plan.AddItemsOfApprovedChange(declined, [extra]);
        var edit = Guid.NewGuid();
        plan.AddItem(project, Producer, edit, PlanItemKind.ProductionItem, ProjectRole.Producer, "Edit", May1.AddDays(5), May1.AddDays(8), [extra.ItemId]);
        plan.TakeDomainEvents();

        var removed = plan.RemoveItemsOfDeclinedChange(declined);

        Assert.Equal([extra.ItemId], removed);
        var left = Assert.Single(plan.Items);
        Assert.Equal(edit, left.Id);
        Assert.Empty(left.DependsOn);
        Assert.IsType<PlanItemsRemovedForDeclinedChange>(Assert.Single(plan.TakeDomainEvents()));
        Assert.Empty(plan.RemoveItemsOfDeclinedChange(declined));
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-3")]
    public void R_SCOPE_3_an_approved_change_is_a_joint_decision_of_the_PM_and_the_producer_never_an_override()
    {
        var pm = Guid.NewGuid();
        var producer = Guid.NewGuid();
        var change = Guid.NewGuid();

        var decision = Decision.RecordJoint(Guid.NewGuid(), Org, Guid.NewGuid(), change, pm, producer, "Scope change approved: cut-down", "Both signed.", DateTimeOffset.UtcNow);

        Assert.Equal("scope-change-decisions", decision.FunctionKey);
        Assert.Equal(pm, decision.DecidedBy);
        Assert.Equal(producer, decision.CoDecidedBy);
        Assert.Equal(change, decision.ChangeRequestId);
        Assert.Equal([ProjectRole.ProjectManager, ProjectRole.Producer], decision.DeciderRoles);
        Assert.False(decision.IsOverride);
        Assert.IsType<DecisionRecorded>(Assert.Single(decision.TakeDomainEvents()));
    }
}
