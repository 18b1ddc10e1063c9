using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Events.ScopeChanges;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Ownership.Tests.Plan;

/// <summary>
/// Ownership's side of the scope-change workflow: an approved change adds its plan items blocked and logs
/// a joint PM+producer decision; the client's acceptance unblocks them, a decline withdraws them; every
/// consumer is idempotent (a republished event — a new message id, so the inbox does not catch it — changes nothing).
/// </summary>
[Collection(OwnershipCollection.Name)]
public sealed class ScopeChangeConsumerTests(OwnershipFixture fixture)
{
    private readonly PlanProjects _plans = new(fixture);

    private IBus Bus => _plans.Service.Services.GetRequiredService<IBus>();

    private static ScopeChangeApproved Approved(TestProject project, Guid changeRequest, params ScopeChangePlanItem[] items) => new(
        project.OrgId, project.ProjectId, changeRequest, 2, Guid.NewGuid(), "Extra cut-down", "Extra cut-down: total cost 1,500.00 EUR.",
        items, "pm-alex", "producer-sam", DateTimeOffset.UtcNow);

    private static ScopeChangePlanItem Item(string title, string role, int day) =>
        new(Guid.CreateVersion7(), "PLAN_ITEM_KIND_PRODUCTION_ITEM", role, title, new DateOnly(2027, 5, day), new DateOnly(2027, 5, day + 1));

    private async Task<IList<Contracts.Ownership.V1.PlanItem>> ItemsAsync(TestProject project) =>
        (await _plans.Plan(project, "pm-alex").GetPlanAsync(new GetPlanRequest { ProjectId = project.ProjectId.ToString() })).Items;

    private async Task<IList<Decision>> DecisionsAsync(TestProject project) =>
        (await new DecisionService.DecisionServiceClient(_plans.Channel("pm-alex", project.OrgId))
            .ListDecisionsAsync(new ListDecisionsRequest { ProjectId = project.ProjectId.ToString() })).Decisions;

    [Fact]
    [Trait("Rule", "R-SCOPE-4")]
    public async Task R_SCOPE_4_an_approved_change_adds_its_plan_items_blocked_and_acceptance_unblocks_them()
    {
        var project = await _plans.NewProjectAsync();
        var change = Guid.NewGuid();
        var shoot = Item("Extra shoot day", "PROJECT_ROLE_PRODUCER", 3);
        var review = Item("Extra review round", "PROJECT_ROLE_PROJECT_MANAGER", 6);

        await Bus.Publish(Approved(project, change, shoot, review));
        await Eventually.Until(async () => (await ItemsAsync(project)).Count == 2);
        var items = await ItemsAsync(project);
        Assert.All(items, i =>
        {
            Assert.Equal(PlanItemStatus.Blocked, i.Status);
            Assert.True(i.AwaitingChangeAcceptance);
            Assert.Equal(change.ToString(), i.ChangeRequestId);
        });
        Assert.Equal(ProjectRole.Producer, items.Single(i => i.ItemId == shoot.ItemId.ToString()).OwnerRole);
        Assert.Equal(ProjectRole.ProjectManager, items.Single(i => i.ItemId == review.ItemId.ToString()).OwnerRole);

        await Bus.Publish(new ScopeChangeAccepted(project.OrgId, project.ProjectId, change, DateTimeOffset.UtcNow));
        await Eventually.Until(async () => (await ItemsAsync(project)).All(i => i.Status == PlanItemStatus.Planned && !i.AwaitingChangeAcceptance));
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-3")]
    public async Task R_SCOPE_3_an_approved_change_is_logged_once_as_a_joint_decision_of_the_PM_and_the_producer()
    {
        var project = await _plans.NewProjectAsync();
        var change = Guid.NewGuid();
        var approved = Approved(project, change, Item("Extra shoot day", "PROJECT_ROLE_PRODUCER", 3));

        await Bus.Publish(approved);
        await Bus.Publish(approved); // republished under a new message id: the inbox does not catch it, the consumer does
        await Eventually.Until(async () => (await DecisionsAsync(project)).Any(d => d.ChangeRequestId == change.ToString()));
        await Eventually.Until(async () => (await project.EventsSinceSetupAsync())
            .Count(m => m.MessageType.StartsWith("Crewline.Contracts.Events.Ownership.PlanItemAdded,")) == 1);

        var decision = Assert.Single(await DecisionsAsync(project), d => d.ChangeRequestId == change.ToString());
        Assert.Equal("scope-change-decisions", decision.FunctionKey);
        Assert.Equal(project.People["pm-alex"].ToString(), decision.DecidedBy);
        Assert.Equal(project.People["producer-sam"].ToString(), decision.CoDecidedBy);
        Assert.Equal([ProjectRole.ProjectManager, ProjectRole.Producer], decision.DeciderRoles);
        Assert.False(decision.IsOverride);
        Assert.Contains("Extra cut-down", decision.What);
        Assert.Single(await ItemsAsync(project));
        var recorded = Assert.Single(await project.EventsSinceSetupAsync(), m => m.MessageType.StartsWith("Crewline.Contracts.Events.Ownership.DecisionRecorded,"));
        // Reporting's decision log shows the joint decision whole: what, why, the co-decider and the change.
        using var payload = System.Text.Json.JsonDocument.Parse(recorded.Payload);
        var published = payload.RootElement.EnumerateObject().ToDictionary(p => p.Name.ToLowerInvariant(), p => p.Value.ToString());
        Assert.Equal(decision.What, published["summary"]);
        Assert.Equal(decision.Why, published["rationale"]);
        Assert.Equal(decision.CoDecidedBy, published["codecidedby"]);
        Assert.Equal(change.ToString(), published["changerequestid"]);
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-4")]
    public async Task R_SCOPE_4_a_declined_change_withdraws_its_blocked_items_and_keeps_the_other_items()
    {
        var project = await _plans.NewProjectAsync();
        var declined = Guid.NewGuid();
        var other = Guid.NewGuid();
        await Bus.Publish(Approved(project, declined, Item("Extra shoot day", "PROJECT_ROLE_PRODUCER", 3)));
        await Bus.Publish(Approved(project, other, Item("Extra edit", "PROJECT_ROLE_PRODUCER", 8)));
        await Eventually.Until(async () => (await ItemsAsync(project)).Count == 2);

        await Bus.Publish(new ScopeChangeDeclined(project.OrgId, project.ProjectId, declined, "Too expensive", DateTimeOffset.UtcNow));
        await Eventually.Until(async () => (await ItemsAsync(project)).Count == 1);
        var left = Assert.Single(await ItemsAsync(project));
        Assert.Equal(other.ToString(), left.ChangeRequestId);
        Assert.Equal(PlanItemStatus.Blocked, left.Status);
        Assert.Single(await project.EventsSinceSetupAsync(), m => m.MessageType.StartsWith("Crewline.Contracts.Events.Ownership.PlanItemsWithdrawn,"));
        // The decision to offer the change stays in the append-only log (R-ROUTE-4).
        Assert.Contains(await DecisionsAsync(project), d => d.ChangeRequestId == declined.ToString());
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-4")]
    public async Task R_SCOPE_4_an_approval_handled_after_the_decline_adds_no_items()
    {
        var project = await _plans.NewProjectAsync();
        var change = Guid.NewGuid();
        await Bus.Publish(new ScopeChangeDeclined(project.OrgId, project.ProjectId, change, "No", DateTimeOffset.UtcNow));
        await Eventually.Until(async () => await _plans.Service.InScopeAsync(project.OrgId, sp =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
                sp.GetRequiredService<Infrastructure.OwnershipDbContext>().Set<Infrastructure.Plan.DeclinedScopeChange>())));

        await Bus.Publish(Approved(project, change, Item("Extra shoot day", "PROJECT_ROLE_PRODUCER", 3)));
        await Eventually.Until(async () => (await DecisionsAsync(project)).Any(d => d.ChangeRequestId == change.ToString()));
        Assert.Empty(await ItemsAsync(project));
    }
}
