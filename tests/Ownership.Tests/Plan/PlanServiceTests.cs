using Crewline.Contracts.Events.ScopeChanges;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Core;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Ownership.Tests.Plan;

[Collection(OwnershipCollection.Name)]
public sealed class PlanServiceTests(OwnershipFixture fixture)
{
    private readonly PlanProjects _plans = new(fixture);

    private IBus Bus => _plans.Service.Services.GetRequiredService<IBus>();

    private static Google.Type.Date D(int month, int day) => new() { Year = 2027, Month = month, Day = day };

    private static AddPlanItemRequest Item(TestProject project, ProjectRole role, string title, Google.Type.Date start, Google.Type.Date due,
        PlanItemKind kind = PlanItemKind.Milestone, params string[] dependsOn) => new()
    {
        ProjectId = project.ProjectId.ToString(), Kind = kind, OwnerRole = role, Title = title, Start = start, Due = due, DependsOn = { dependsOn },
    };

    [Fact]
    public async Task R_OWN_5_producer_cannot_edit_a_PM_milestone_nor_the_PM_a_producer_item_and_both_read_the_one_plan()
    {
        var project = await _plans.NewProjectAsync();
        var pm = _plans.Plan(project, "pm-alex");
        var producer = _plans.Plan(project, "producer-sam");
        var briefLock = await pm.AddPlanItemAsync(Item(project, ProjectRole.ProjectManager, "Brief lock", D(3, 1), D(3, 1)));
        var shoot = await producer.AddPlanItemAsync(Item(project, ProjectRole.Producer, "Shoot day", D(3, 10), D(3, 11)));

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => producer.ReschedulePlanItemAsync(new ReschedulePlanItemRequest
            { ProjectId = project.ProjectId.ToString(), ItemId = briefLock.ItemId, Start = D(3, 5), Due = D(3, 5) }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => producer.ChangePlanItemStatusAsync(new ChangePlanItemStatusRequest
            { ProjectId = project.ProjectId.ToString(), ItemId = briefLock.ItemId, Status = PlanItemStatus.Done }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => pm.ReschedulePlanItemAsync(new ReschedulePlanItemRequest
            { ProjectId = project.ProjectId.ToString(), ItemId = shoot.ItemId, Start = D(3, 12), Due = D(3, 12) }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => pm.ChangePlanItemStatusAsync(new ChangePlanItemStatusRequest
            { ProjectId = project.ProjectId.ToString(), ItemId = shoot.ItemId, Status = PlanItemStatus.InProgress }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () =>
            pm.AddPlanItemAsync(Item(project, ProjectRole.Producer, "Wrap", D(3, 12), D(3, 12))).ResponseAsync);

        var creative = _plans.Plan(project, "creative-kim");
        foreach (var reader in new[] { pm, producer, creative })
        {
            var plan = await reader.GetPlanAsync(new GetPlanRequest { ProjectId = project.ProjectId.ToString() });
            Assert.Equal([briefLock, shoot], plan.Items);
        }
        // The owners themselves may edit.
        var done = await pm.ChangePlanItemStatusAsync(new ChangePlanItemStatusRequest
            { ProjectId = project.ProjectId.ToString(), ItemId = briefLock.ItemId, Status = PlanItemStatus.Done });
        Assert.Equal(PlanItemStatus.Done, done.Status);
    }

    [Fact]
    public async Task R_OWN_5_a_moved_shoot_date_shows_what_it_pushes_and_the_pushed_dates_are_stored()
    {
        var project = await _plans.NewProjectAsync();
        var producer = _plans.Plan(project, "producer-sam");
        var pm = _plans.Plan(project, "pm-alex");
        var shoot = await producer.AddPlanItemAsync(Item(project, ProjectRole.Producer, "Shoot", D(3, 10), D(3, 11)));
        var edit = await producer.AddPlanItemAsync(Item(project, ProjectRole.Producer, "Edit", D(3, 11), D(3, 20), PlanItemKind.ProductionItem, shoot.ItemId));
        var delivery = await pm.AddPlanItemAsync(Item(project, ProjectRole.ProjectManager, "Final delivery", D(3, 20), D(3, 21)));
        await pm.AddPlanDependencyAsync(new AddPlanDependencyRequest { ProjectId = project.ProjectId.ToString(), ItemId = delivery.ItemId, DependsOn = edit.ItemId });

        var impact = await producer.ReschedulePlanItemAsync(new ReschedulePlanItemRequest
            { ProjectId = project.ProjectId.ToString(), ItemId = shoot.ItemId, Start = D(3, 14), Due = D(3, 15) });

        Assert.Equal(shoot.ItemId, impact.Moved.ItemId);
        Assert.Equal(4, impact.Moved.DueDays);
        Assert.Equal([edit.ItemId, delivery.ItemId], impact.Pushed.Select(p => p.ItemId));
        Assert.Equal(D(3, 15), impact.Pushed[0].NewStart);
        Assert.Equal(D(3, 24), impact.Pushed[0].NewDue);
        Assert.Equal(ProjectRole.ProjectManager, impact.Pushed[1].OwnerRole);
        Assert.Equal(D(3, 24), impact.Pushed[1].NewStart);
        Assert.Equal(D(3, 25), impact.Pushed[1].NewDue);

        var plan = await pm.GetPlanAsync(new GetPlanRequest { ProjectId = project.ProjectId.ToString() });
        Assert.Equal(D(3, 25), plan.Items.Single(i => i.ItemId == delivery.ItemId).Due);
        var outbox = await project.EventsSinceSetupAsync();
        var rescheduled = Assert.Single(outbox, m => m.MessageType.StartsWith("Crewline.Contracts.Events.Ownership.PlanItemRescheduled,"));
        Assert.Contains(delivery.ItemId, rescheduled.Payload);
    }

    [Fact]
    public async Task Due_before_start_is_InvalidArgument_on_due_and_stores_nothing()
    {
        var project = await _plans.NewProjectAsync();
        var producer = _plans.Plan(project, "producer-sam");

        await RpcAssert.InvalidArgumentOn("due", () =>
            producer.AddPlanItemAsync(Item(project, ProjectRole.Producer, "Shoot", D(3, 10), D(3, 9))).ResponseAsync);
        Assert.Empty((await producer.GetPlanAsync(new GetPlanRequest { ProjectId = project.ProjectId.ToString() })).Items);
        Assert.Empty(await project.EventsSinceSetupAsync());

        var shoot = await producer.AddPlanItemAsync(Item(project, ProjectRole.Producer, "Shoot", D(3, 10), D(3, 11)));
        await RpcAssert.InvalidArgumentOn("due", () => producer.ReschedulePlanItemAsync(new ReschedulePlanItemRequest
            { ProjectId = project.ProjectId.ToString(), ItemId = shoot.ItemId, Start = D(4, 2), Due = D(4, 1) }).ResponseAsync);
        Assert.Equal([shoot], (await producer.GetPlanAsync(new GetPlanRequest { ProjectId = project.ProjectId.ToString() })).Items);
    }

    [Fact]
    public async Task R_SCOPE_4_an_item_created_by_a_change_stays_blocked_until_a_published_ScopeChangeAccepted_unblocks_it()
    {
        var project = await _plans.NewProjectAsync();
        var producer = _plans.Plan(project, "producer-sam");
        var changeRequest = Guid.NewGuid();
        var request = Item(project, ProjectRole.Producer, "Extra shoot day", D(5, 1), D(5, 1));
        request.ChangeRequestId = changeRequest.ToString();
        var extra = await producer.AddPlanItemAsync(request);
        Assert.Equal(PlanItemStatus.Blocked, extra.Status);
        Assert.True(extra.AwaitingChangeAcceptance);

        var refused = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => producer.ChangePlanItemStatusAsync(new ChangePlanItemStatusRequest
            { ProjectId = project.ProjectId.ToString(), ItemId = extra.ItemId, Status = PlanItemStatus.InProgress }).ResponseAsync);
        Assert.Contains("R-SCOPE-4", refused.Status.Detail);

        await Bus.Publish(new ScopeChangeAccepted(project.OrgId, project.ProjectId, changeRequest, DateTimeOffset.UtcNow));
        await Eventually.Until(async () =>
            (await producer.GetPlanAsync(new GetPlanRequest { ProjectId = project.ProjectId.ToString() })).Items.Single().Status == PlanItemStatus.Planned);

        var item = (await producer.GetPlanAsync(new GetPlanRequest { ProjectId = project.ProjectId.ToString() })).Items.Single();
        Assert.False(item.AwaitingChangeAcceptance);
        Assert.Contains(await project.EventsSinceSetupAsync(), m => m.MessageType.StartsWith("Crewline.Contracts.Events.Ownership.PlanItemUnblocked,"));
        var started = await producer.ChangePlanItemStatusAsync(new ChangePlanItemStatusRequest
            { ProjectId = project.ProjectId.ToString(), ItemId = extra.ItemId, Status = PlanItemStatus.InProgress });
        Assert.Equal(PlanItemStatus.InProgress, started.Status);
    }

    [Fact]
    public async Task R_SCOPE_4_an_item_added_after_its_change_was_accepted_is_not_left_blocked()
    {
        var project = await _plans.NewProjectAsync();
        var producer = _plans.Plan(project, "producer-sam");
        var changeRequest = Guid.NewGuid();
        // A first item makes the plan exist, so the consumer's effect is visible before the second arrives.
        var first = Item(project, ProjectRole.Producer, "Extra location scout", D(5, 1), D(5, 1));
        first.ChangeRequestId = changeRequest.ToString();
        await producer.AddPlanItemAsync(first);

        await Bus.Publish(new ScopeChangeAccepted(project.OrgId, project.ProjectId, changeRequest, DateTimeOffset.UtcNow));
        await Eventually.Until(async () =>
            (await producer.GetPlanAsync(new GetPlanRequest { ProjectId = project.ProjectId.ToString() })).Items.Single().Status == PlanItemStatus.Planned);

        var later = Item(project, ProjectRole.Producer, "Extra shoot day", D(5, 2), D(5, 2));
        later.ChangeRequestId = changeRequest.ToString();
        var added = await producer.AddPlanItemAsync(later);
        Assert.Equal(PlanItemStatus.Planned, added.Status);
        Assert.False(added.AwaitingChangeAcceptance);
    }

    [Fact]
    public async Task A_ScopeChangeAccepted_for_a_project_not_known_yet_is_delivered_again_later_and_records_nothing_meanwhile()
    {
        var org = Guid.NewGuid();
        var messageId = NewId.NextGuid();

        await Bus.Publish(new ScopeChangeAccepted(org, Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow), ctx => ctx.MessageId = messageId);

        await Eventually.Until(async () => (await fixture.OutboxOfAsync(org)).Any(m => m.BusMessageId == messageId && m.Destination is not null));
        Assert.False(await _plans.Service.InScopeAsync(org, sp =>
            sp.GetRequiredService<Infrastructure.OwnershipDbContext>().Set<Infrastructure.Plan.AcceptedScopeChange>().AnyAsync()));
    }

    [Fact]
    public async Task Another_orgs_plan_and_items_are_NotFound()
    {
        var project = await _plans.NewProjectAsync();
        var producer = _plans.Plan(project, "producer-sam");
        var shoot = await producer.AddPlanItemAsync(Item(project, ProjectRole.Producer, "Shoot", D(3, 10), D(3, 11)));

        // A producer of another org, asking for this project: not found.
        var other = await _plans.NewProjectAsync();
        var stranger = new PlanService.PlanServiceClient(_plans.Channel("producer-sam", other.OrgId));
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            stranger.GetPlanAsync(new GetPlanRequest { ProjectId = project.ProjectId.ToString() }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.ReschedulePlanItemAsync(new ReschedulePlanItemRequest
            { ProjectId = project.ProjectId.ToString(), ItemId = shoot.ItemId, Start = D(4, 1), Due = D(4, 1) }).ResponseAsync);
        // The same producer role in the other org, naming this item on its own project: not found either.
        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.ReschedulePlanItemAsync(new ReschedulePlanItemRequest
            { ProjectId = other.ProjectId.ToString(), ItemId = shoot.ItemId, Start = D(4, 1), Due = D(4, 1) }).ResponseAsync);

        Assert.Equal([shoot], (await producer.GetPlanAsync(new GetPlanRequest { ProjectId = project.ProjectId.ToString() })).Items);
    }

    [Fact]
    public async Task AddPlanItem_retried_with_the_same_idempotency_key_returns_the_first_item_and_adds_nothing_else()
    {
        var project = await _plans.NewProjectAsync();
        var pm = _plans.Plan(project, "pm-alex");
        var request = Item(project, ProjectRole.ProjectManager, "Kickoff", D(2, 1), D(2, 1));
        request.IdempotencyKey = "kickoff-1";

        var first = await pm.AddPlanItemAsync(request);
        var again = await pm.AddPlanItemAsync(request);

        Assert.Equal(first, again);
        Assert.Single((await pm.GetPlanAsync(new GetPlanRequest { ProjectId = project.ProjectId.ToString() })).Items);
    }

    [Fact]
    public async Task R_KICK_1_PlanMilestones_reads_the_roles_with_milestones()
    {
        var project = await _plans.NewProjectAsync();
        await _plans.Plan(project, "pm-alex").AddPlanItemAsync(Item(project, ProjectRole.ProjectManager, "Kickoff", D(2, 1), D(2, 1)));
        await _plans.Plan(project, "producer-sam").AddPlanItemAsync(
            Item(project, ProjectRole.Producer, "Prep", D(2, 2), D(2, 9), PlanItemKind.ProductionItem));

        await using var scope = _plans.Service.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<BuildingBlocks.Tenancy.TenantContext>().Set(project.OrgId);
        var roles = await scope.ServiceProvider.GetRequiredService<Features.Plan.PlanMilestones>()
            .RolesWithMilestonesAsync(project.ProjectId, CancellationToken.None);

        Assert.Equal([Domain.Roles.ProjectRole.ProjectManager], roles);
    }
}
