using System.Text.RegularExpressions;
using Crewline.Contracts.Reporting.V1;
using Crewline.Reporting.Projections;
using Google.Protobuf;

namespace Crewline.Reporting.Tests.Portfolio;

[Collection(ReportingCollection.Name)]
public sealed class ReplayAndOrderTests(ReportingFixture fixture)
{
    private readonly ProjectionDriver driver = new(fixture);

    [Fact]
    public async Task Replaying_the_event_log_from_scratch_rebuilds_every_read_model_exactly_as_live_processing_built_it()
    {
        var first = new PortfolioScenario(Guid.NewGuid(), "Replay one");
        var second = new PortfolioScenario(Guid.NewGuid(), "Replay two", "PROJECT_TYPE_BRAND_IDENTITY");
        await driver.PublishAsync(first.Events.Concat(second.Events));
        var live = await driver.SnapshotAsync();
        Assert.Contains(first.ProjectId.ToString(), live["project_summaries"]);
        Assert.Contains(second.OpenChange.ToString(), live["rm_scope_changes"]);

        var output = new StringWriter();
        var exitCode = await ReplayCommand.RunAsync(fixture.Service.Services, ["replay", "--batch", "25"], output);

        Assert.Equal(0, exitCode);
        var replayed = await driver.SnapshotAsync();
        foreach (var (table, _) in ProjectionDriver.ReadModelTables) Assert.Equal(live[table], replayed[table]);
        Assert.Matches(@"replay: (\d+)/\1 events \(\d+ events/s\)", output.ToString());
    }

    [Fact]
    public async Task Events_of_several_orgs_projected_side_by_side_replay_to_the_same_read_models()
    {
        // Interleaved one event per org in turn: the orgs' events run on their lanes at the same time.
        var scenarios = Enumerable.Range(1, 4).Select(i => new PortfolioScenario(Guid.NewGuid(), $"Side by side {i}")).ToList();
        var queues = scenarios.Select(s => new Queue<object>(s.Events)).ToList();
        var interleaved = new List<object>();
        while (queues.Any(q => q.Count > 0))
            foreach (var queue in queues.Where(q => q.Count > 0)) interleaved.Add(queue.Dequeue());
        await driver.PublishAsync(interleaved);
        var live = await driver.SnapshotAsync();
        foreach (var s in scenarios) Assert.Contains(s.OpenChange.ToString(), live["rm_scope_changes"]);

        Assert.Equal(0, await ReplayCommand.RunAsync(fixture.Service.Services, ["replay"], new StringWriter()));

        var replayed = await driver.SnapshotAsync();
        foreach (var (table, _) in ProjectionDriver.ReadModelTables) Assert.Equal(live[table], replayed[table]);
    }

    [Fact]
    public async Task Redelivered_copies_and_a_shuffled_arrival_order_give_the_same_read_models_as_the_ordered_events()
    {
        var ordered = new PortfolioScenario(Guid.NewGuid());
        var orderedClient = await driver.AdminOfAsync(ordered.Org);
        await driver.PublishAsync(ordered.Events);

        var shuffled = new PortfolioScenario(Guid.NewGuid());
        var shuffledClient = await driver.AdminOfAsync(shuffled.Org);
        var random = new Random(20261130);
        var events = shuffled.Events.OrderBy(_ => random.Next()).ToList();
        var messageIds = await driver.PublishAsync(events);
        // The same message again (the inbox skips it) and the same content under a new message id (the projectors must).
        foreach (var (e, id) in events.Zip(messageIds).Take(events.Count / 2)) await driver.RedeliverAsync(e, id);
        await driver.PublishAsync(events.Skip(events.Count / 3));

        Assert.Equal(await ViewAsync(orderedClient, ordered), await ViewAsync(shuffledClient, shuffled));
    }

    /// <summary>Everything the queries show of a scenario's project, with its ids replaced by their role.</summary>
    private static async Task<string> ViewAsync(PortfolioService.PortfolioServiceClient client, PortfolioScenario s)
    {
        var status = await client.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = s.ProjectId.ToString() });
        foreach (var open in status.OpenScopeChanges) open.CycleSeconds = 0; // grows with the clock while open
        var members = status.Members.OrderBy(m => m.PersonId == s.PmId.ToString() ? 0 : 1).ToList(); // by role, not by random id
        status.Members.Clear();
        status.Members.AddRange(members);
        var scope = await client.ListScopeChangeLogAsync(new ListScopeChangeLogRequest());
        foreach (var open in scope.ScopeChanges.Where(c => c.ClosedAt is null)) open.CycleSeconds = 0;
        var text = string.Join("\n",
            JsonFormatter.Default.Format(status),
            JsonFormatter.Default.Format(await client.ListPortfolioAsync(new ListPortfolioRequest())),
            JsonFormatter.Default.Format(await client.ListDecisionLogAsync(new ListDecisionLogRequest())),
            JsonFormatter.Default.Format(scope),
            JsonFormatter.Default.Format(await client.GetInvoiceAgingAsync(new GetReportingInvoiceAgingRequest())));
        foreach (var (id, name) in s.Ids) text = text.Replace(id.ToString(), name, StringComparison.Ordinal);
        // A finding's id is derived from its project's id (random per scenario): compared by everything else.
        text = Regex.Replace(text, "\"findingId\": \"[^\"]*\"", "");
        return Regex.Replace(text, "\"nextPageToken\": \"[^\"]*\"", "");
    }
}
