using System.Text.Json;
using Crewline.BuildingBlocks.Outbox;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Tests.Projects;
using Crewline.TestSupport;
using Grpc.Core;
using Contract = Crewline.Contracts.Events.Ownership;

namespace Crewline.Ownership.Tests.Concurrency;

/// <summary>
/// Concurrency that matches how people work: edits of different rows of one project by different
/// people at the same moment all succeed; edits of the same row conflict, and the loser is told to
/// re-read and retry (Aborted). <see cref="SaveRace"/> makes every pair really race: both read the
/// aggregate before either writes, so one save always loses on the aggregate's version.
/// </summary>
[Collection(OwnershipCollection.Name)]
public sealed class RowLevelConcurrencyTests(OwnershipFixture fixture)
{
    private const string RetryMessage = "was changed by someone else; read it again and retry";

    [Fact]
    public async Task PM_and_producer_confirming_different_functions_at_the_same_moment_are_both_stored_and_each_event_is_enqueued_once()
    {
        await using var host = RaceHost.Start(fixture);
        var s = await StartAsync(host);
        var pm = s.Projects("pm");
        var producer = s.Projects("producer");
        var matrix = await pm.GetMatrixAsync(new GetMatrixRequest { ProjectId = s.ProjectId });
        var pmKeys = KeysOwnedOnlyBy(matrix, ProjectRole.ProjectManager);
        var producerKeys = KeysOwnedOnlyBy(matrix, ProjectRole.Producer);
        const int rounds = 8;

        for (var i = 0; i < rounds; i++)
        {
            host.Race.Arm(s.Org, parties: 2);
            var rows = await Task.WhenAll(
                pm.ConfirmFunctionAsync(new ConfirmFunctionRequest { ProjectId = s.ProjectId, FunctionKey = pmKeys[i] }).ResponseAsync,
                producer.ConfirmFunctionAsync(new ConfirmFunctionRequest { ProjectId = s.ProjectId, FunctionKey = producerKeys[i] }).ResponseAsync);
            Assert.All(rows, row => Assert.True(row.Confirmed, $"{row.FunctionKey} answered unconfirmed"));
            Assert.Equal(1, host.Race.Conflicts); // they raced: one save lost on the version and was merged
        }

        var expected = pmKeys.Take(rounds).Concat(producerKeys.Take(rounds)).Order().ToList();
        var stored = await pm.GetMatrixAsync(new GetMatrixRequest { ProjectId = s.ProjectId });
        Assert.Equal(expected, stored.Rows.Where(r => r.Confirmed).Select(r => r.FunctionKey).Order().ToList());
        var events = await EventsAsync<Contract.FunctionConfirmed>(host, s.Org);
        Assert.Equal(expected, events.Select(e => e.FunctionKey).Order().ToList());
    }

    [Fact]
    public async Task Two_people_changing_the_owner_of_one_function_at_the_same_moment_one_wins_and_the_other_is_told_to_reread()
    {
        await using var host = RaceHost.Start(fixture);
        var s = await StartAsync(host);
        const string function = "vendor-selection";

        host.Race.Arm(s.Org, parties: 2);
        var outcomes = await Task.WhenAll(
            Outcome(s.Projects("pm").ReassignOwnerAsync(new ChangeOwnerRequest
                { ProjectId = s.ProjectId, FunctionKey = function, Owner = ProjectRole.ProjectManager })),
            Outcome(s.Projects("producer").ReassignOwnerAsync(new ChangeOwnerRequest
                { ProjectId = s.ProjectId, FunctionKey = function, Owner = ProjectRole.CreativeLead })));

        var winner = Assert.Single(outcomes, o => o.Error is null).Value!;
        var loser = Assert.Single(outcomes, o => o.Error is not null).Error!;
        Assert.Equal(StatusCode.Aborted, loser.StatusCode);
        Assert.Contains($"Function '{function}' {RetryMessage}", loser.Status.Detail);
        var stored = (await s.Projects("pm").GetMatrixAsync(new GetMatrixRequest { ProjectId = s.ProjectId })).Rows.Single(r => r.FunctionKey == function);
        Assert.Equal(winner.Owners, stored.Owners);
        var changes = await EventsAsync<Contract.FunctionOwnershipChanged>(host, s.Org);
        Assert.Single(changes, c => c.FunctionKey == function);
    }

    [Fact]
    public async Task Two_members_added_by_the_PM_and_the_producer_at_the_same_moment_are_both_stored()
    {
        await using var host = RaceHost.Start(fixture);
        var s = await StartAsync(host);
        var editor = await s.Orgs("pm").AddPersonAsync(new AddPersonRequest { Name = "Eddie Editor", Email = "eddie@example.com", Subject = "editor" });

        host.Race.Arm(s.Org, parties: 2);
        await Task.WhenAll(
            s.Projects("pm").AddMemberAsync(new AddMemberRequest
                { ProjectId = s.ProjectId, PersonId = s.Outsider.PersonId, Role = ProjectRole.CreativeLead }).ResponseAsync,
            s.Projects("producer").AddMemberAsync(new AddMemberRequest
                { ProjectId = s.ProjectId, PersonId = editor.PersonId, Role = ProjectRole.Producer }).ResponseAsync);

        Assert.Equal(1, host.Race.Conflicts);
        var detail = await s.Projects("pm").GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = s.ProjectId });
        Assert.Equal([ProjectRole.CreativeLead], detail.Members.Single(m => m.PersonId == s.Outsider.PersonId).Roles);
        Assert.Equal([ProjectRole.Producer], detail.Members.Single(m => m.PersonId == editor.PersonId).Roles);
        var added = await EventsAsync<Contract.ProjectMemberAdded>(host, s.Org);
        Assert.Single(added, a => a.PersonId == Guid.Parse(s.Outsider.PersonId));
        Assert.Single(added, a => a.PersonId == Guid.Parse(editor.PersonId));
    }

    [Fact]
    public async Task Two_milestones_moved_by_the_PM_and_the_producer_at_the_same_moment_are_both_stored()
    {
        await using var host = RaceHost.Start(fixture);
        var s = await StartAsync(host);
        var pm = new PlanService.PlanServiceClient(host.Channel(fixture.Service.TokenFor("pm", s.Org)));
        var producer = new PlanService.PlanServiceClient(host.Channel(fixture.Service.TokenFor("producer", s.Org)));
        var briefLock = await pm.AddPlanItemAsync(Milestone(s, ProjectRole.ProjectManager, "Brief lock", 1));
        var shoot = await producer.AddPlanItemAsync(Milestone(s, ProjectRole.Producer, "Shoot day", 10));
        const int rounds = 4;

        for (var i = 1; i <= rounds; i++)
        {
            host.Race.Arm(s.Org, parties: 2);
            await Task.WhenAll(
                pm.ReschedulePlanItemAsync(Move(s, briefLock, 1 + i)).ResponseAsync,
                producer.ReschedulePlanItemAsync(Move(s, shoot, 10 + i)).ResponseAsync);
            Assert.Equal(1, host.Race.Conflicts);
        }

        var plan = await pm.GetPlanAsync(new GetPlanRequest { ProjectId = s.ProjectId });
        Assert.Equal(Day(1 + rounds), plan.Items.Single(i => i.ItemId == briefLock.ItemId).Start);
        Assert.Equal(Day(10 + rounds), plan.Items.Single(i => i.ItemId == shoot.ItemId).Start);
        var moves = await EventsAsync<Contract.PlanItemRescheduled>(host, s.Org);
        Assert.Equal(rounds, moves.Count(m => m.Moved.ItemId == Guid.Parse(briefLock.ItemId)));
        Assert.Equal(rounds, moves.Count(m => m.Moved.ItemId == Guid.Parse(shoot.ItemId)));
    }

    [Fact]
    public async Task PM_and_producer_adding_the_first_items_of_a_plan_at_the_same_moment_are_both_stored()
    {
        await using var host = RaceHost.Start(fixture);
        var s = await StartAsync(host);
        var pm = new PlanService.PlanServiceClient(host.Channel(fixture.Service.TokenFor("pm", s.Org)));
        var producer = new PlanService.PlanServiceClient(host.Channel(fixture.Service.TokenFor("producer", s.Org)));

        // Both start the project's plan: one insert of the plan loses and is merged into the other's.
        host.Race.Arm(s.Org, parties: 2);
        var added = await Task.WhenAll(
            pm.AddPlanItemAsync(Milestone(s, ProjectRole.ProjectManager, "Brief lock", 1)).ResponseAsync,
            producer.AddPlanItemAsync(Milestone(s, ProjectRole.Producer, "Shoot day", 10)).ResponseAsync);

        var plan = await pm.GetPlanAsync(new GetPlanRequest { ProjectId = s.ProjectId });
        Assert.Equal(added.Select(i => i.ItemId).Order(), plan.Items.Select(i => i.ItemId).Order());
        var events = await EventsAsync<Contract.PlanItemAdded>(host, s.Org);
        Assert.Equal(added.Select(i => Guid.Parse(i.ItemId)).Order(), events.Select(e => e.ItemId).Order());
    }

    [Fact]
    public async Task One_plan_item_rescheduled_twice_at_the_same_moment_one_move_wins_and_the_other_is_told_to_reread()
    {
        await using var host = RaceHost.Start(fixture);
        var s = await StartAsync(host);
        var pm = new PlanService.PlanServiceClient(host.Channel(fixture.Service.TokenFor("pm", s.Org)));
        var briefLock = await pm.AddPlanItemAsync(Milestone(s, ProjectRole.ProjectManager, "Brief lock", 1));

        host.Race.Arm(s.Org, parties: 2);
        var outcomes = await Task.WhenAll(
            Outcome(pm.ReschedulePlanItemAsync(Move(s, briefLock, 5))),
            Outcome(pm.ReschedulePlanItemAsync(Move(s, briefLock, 7))));

        var winner = Assert.Single(outcomes, o => o.Error is null).Value!;
        var loser = Assert.Single(outcomes, o => o.Error is not null).Error!;
        Assert.Equal(StatusCode.Aborted, loser.StatusCode);
        Assert.Contains(RetryMessage, loser.Status.Detail);
        var plan = await pm.GetPlanAsync(new GetPlanRequest { ProjectId = s.ProjectId });
        Assert.Equal(winner.Moved.NewStart, plan.Items.Single().Start);
        var moves = await EventsAsync<Contract.PlanItemRescheduled>(host, s.Org);
        Assert.Single(moves);
    }

    private Task<ProjectScenario> StartAsync(RaceHost host) =>
        ProjectScenario.StartAsync(host.Channel, (subject, org) => fixture.Service.TokenFor(subject, org));

    private static List<string> KeysOwnedOnlyBy(Matrix matrix, ProjectRole role) =>
        matrix.Rows.Where(r => r.Owners.SequenceEqual([role])).Select(r => r.FunctionKey).ToList();

    private static Google.Type.Date Day(int day) => new() { Year = 2027, Month = 3, Day = day };

    private static AddPlanItemRequest Milestone(ProjectScenario s, ProjectRole owner, string title, int day) => new()
        { ProjectId = s.ProjectId, Kind = PlanItemKind.Milestone, OwnerRole = owner, Title = title, Start = Day(day), Due = Day(day) };

    private static ReschedulePlanItemRequest Move(ProjectScenario s, PlanItem item, int day) => new()
        { ProjectId = s.ProjectId, ItemId = item.ItemId, Start = Day(day), Due = Day(day) };

    private static async Task<(T? Value, RpcException? Error)> Outcome<T>(AsyncUnaryCall<T> call) where T : class
    {
        try
        {
            return (await call, null);
        }
        catch (RpcException error)
        {
            return (null, error);
        }
    }

    /// <summary>The events of one type the org's commands put in the outbox.</summary>
    private async Task<List<T>> EventsAsync<T>(RaceHost host, Guid org)
    {
        var type = MessageTypeNames.NameOf(typeof(T));
        var rows = await fixture.OutboxOfAsync(org, host.Database);
        return rows.Where(r => r.MessageType == type).Select(r => JsonSerializer.Deserialize<T>(r.Payload, JsonSerializerOptions.Web)!).ToList();
    }
}
