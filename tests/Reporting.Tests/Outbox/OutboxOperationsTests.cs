using System.Diagnostics;
using System.Text.Json;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Inbox;
using Crewline.BuildingBlocks.Messaging;
using Crewline.BuildingBlocks.Outbox;
using Crewline.Reporting.Infrastructure;
using Crewline.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crewline.Reporting.Tests.Outbox;

[Collection(OutboxCollection.Name)]
public sealed class OutboxOperationsTests(OutboxFixture fixture)
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromMinutes(3);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Two_dispatchers_deliver_every_event_once_in_each_projects_commit_order_while_a_poison_row_goes_dead_after_its_attempts()
    {
        const int projects = 8;
        const int eventsPerProject = 25;
        var org = Guid.NewGuid();
        var projectIds = Enumerable.Range(0, projects).Select(_ => Guid.CreateVersion7()).ToList();
        var poisonId = Guid.CreateVersion7();
        var probe = await RabbitMqProbe.BindAsync(fixture.Broker, RabbitMqProbe.ExchangeOf(typeof(OrderedProbeEvent)));

        // Every project's events commit one by one, the projects concurrently, through both instances.
        // Halfway through the first project's events sits a row that can never be published.
        await Task.WhenAll(projectIds.Select((project, p) => Task.Run(async () =>
        {
            for (var seq = 0; seq < eventsPerProject; seq++)
            {
                if (p == 0 && seq == eventsPerProject / 2)
                    await fixture.AddRowAsync(new OutboxMessage
                    {
                        Id = poisonId,
                        MessageType = "Crewline.Nowhere.VanishedEvent, Crewline.Nowhere",
                        Payload = "{}",
                        OrgId = org,
                        OrderingKey = $"project/{project}",
                        OccurredAt = DateTimeOffset.UtcNow,
                    });
                await OutboxFixture.EnqueueAsync(seq % 2 == 0 ? fixture.First : fixture.Second, new OrderedProbeEvent(org, project, seq));
            }
        })));

        await Eventually.Until(async () => (await fixture.RowsAsync(q => q.Where(m => m.OrgId == org && m.DispatchedAt == null && m.DeadAt == null))).Count == 0, DeliveryTimeout);
        // Every row is now dispatched (confirmed by the broker before it was marked) or dead: all copies are in the probe's queue.
        var received = (await probe.DrainAsync()).Where(m => m["orgId"] == org.ToString()).ToList();

        var poison = await fixture.RowAsync(poisonId);
        Assert.NotNull(poison!.DeadAt);
        Assert.Equal(OutboxFixture.MaxAttempts, poison.Attempts);
        Assert.Contains("Crewline.Nowhere", poison.LastError);
        Assert.Null(poison.DispatchedAt);

        Assert.Equal(projects * eventsPerProject, received.Count);
        Assert.All(received.GroupBy(m => m.MessageId), copies => Assert.Single(copies));
        Assert.DoesNotContain(received, m => m.MessageId == poisonId.ToString());
        foreach (var project in projectIds)
        {
            var order = received.Where(m => m["projectId"] == project.ToString()).Select(m => int.Parse(m["seq"]!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(Enumerable.Range(0, eventsPerProject), order);
        }
    }

    [Fact]
    public async Task A_dead_row_is_listed_and_once_requeued_by_the_outbox_command_it_is_delivered()
    {
        var org = Guid.NewGuid();
        var probe = await RabbitMqProbe.BindAsync(fixture.Broker, RabbitMqProbe.ExchangeOf(typeof(OrderedProbeEvent)));
        var first = DeadRow(new OrderedProbeEvent(org, Guid.NewGuid(), 1));
        var second = DeadRow(new OrderedProbeEvent(org, Guid.NewGuid(), 2));
        await fixture.AddRowAsync(first);
        await fixture.AddRowAsync(second);

        var listing = await RunCommandAsync(0, "outbox", "list-dead");
        Assert.Contains($"{first.Id}\t{first.MessageType}\tproject/", listing);
        Assert.Contains(second.Id.ToString(), listing);
        Assert.Contains("broker refused it (simulated)", listing);

        Assert.Contains("1 of 1 dead message(s) re-queued.", await RunCommandAsync(0, "outbox", "requeue", first.Id.ToString()));
        await Eventually.Until(async () => (await probe.DrainAsync()).Any(m => m.MessageId == first.Id.ToString()), DeliveryTimeout);
        await Eventually.Until(async () => (await fixture.RowAsync(first.Id))!.DispatchedAt is not null, DeliveryTimeout);
        var requeued = await fixture.RowAsync(first.Id);
        Assert.Null(requeued!.DeadAt);
        Assert.NotNull((await fixture.RowAsync(second.Id))!.DeadAt);

        Assert.Matches(@"^[1-9]\d* dead message\(s\) re-queued\.", await RunCommandAsync(0, "outbox", "requeue", "--all"));
        await Eventually.Until(async () => (await probe.DrainAsync()).Any(m => m.MessageId == second.Id.ToString()), DeliveryTimeout);
        Assert.Single(await probe.DrainAsync(), m => m.MessageId == first.Id.ToString());

        Assert.Contains("usage: outbox list-dead", await RunCommandAsync(2, "outbox", "requeue", "not-an-id"));
    }

    [Fact]
    public async Task Retention_deletes_old_dispatched_outbox_inbox_and_idempotency_rows_and_keeps_fresh_pending_and_dead_ones_without_spans()
    {
        var now = DateTimeOffset.UtcNow;
        var org = Guid.NewGuid();
        var oldDispatched = Row(now.AddDays(-9), dispatchedAt: now.AddDays(-8));
        var freshDispatched = Row(now.AddHours(-2), dispatchedAt: now.AddHours(-1));
        var oldPending = Row(now.AddDays(-40), notBefore: now.AddDays(1)); // backing off: not published during the test
        var oldDead = Row(now.AddDays(-40), deadAt: now.AddDays(-39));
        foreach (var row in new[] { oldDispatched, freshDispatched, oldPending, oldDead }) await fixture.AddRowAsync(row);
        var oldInbox = new InboxMessage { MessageId = Guid.CreateVersion7(), Consumer = "retention-test", MessageType = "T", ProcessedAt = now.AddDays(-31) };
        var freshInbox = new InboxMessage { MessageId = Guid.CreateVersion7(), Consumer = "retention-test", MessageType = "T", ProcessedAt = now.AddDays(-1) };
        var oldKey = Idempotency(org, "old", now.AddDays(-8));
        var freshKey = Idempotency(org, "fresh", now.AddHours(-1));
        await fixture.First.InScopeAsync(org, async sp =>
        {
            var db = sp.GetRequiredService<ReportingDbContext>();
            db.InboxMessages.AddRange(oldInbox, freshInbox);
            db.Set<IdempotencyRecord>().AddRange(oldKey, freshKey);
            return await db.SaveChangesAsync();
        });

        var retention = ActivatorUtilities.CreateInstance<MessagingRetention>(fixture.First.Services);
        var spansBefore = SpansOnOurDatabase().Count;
        var pass = await retention.CleanOnceAsync(CancellationToken.None);
        Assert.Equal(spansBefore, SpansOnOurDatabase().Count);
        Assert.True(pass is { DispatchedOutbox: >= 1, Inbox: >= 1, IdempotencyRecords: >= 1 }, pass.ToString());

        var outboxLeft = (await fixture.RowsAsync(q => q)).Select(m => m.Id).ToHashSet();
        Assert.DoesNotContain(oldDispatched.Id, outboxLeft);
        Assert.Contains(freshDispatched.Id, outboxLeft);
        Assert.Contains(oldPending.Id, outboxLeft);
        Assert.Contains(oldDead.Id, outboxLeft);
        var (inboxLeft, keysLeft) = await fixture.First.InScopeAsync(org, async sp =>
        {
            var db = sp.GetRequiredService<ReportingDbContext>();
            return (await db.InboxMessages.Where(m => m.Consumer == "retention-test").Select(m => m.MessageId).ToListAsync(),
                await db.Set<IdempotencyRecord>().Select(r => r.Key).ToListAsync());
        });
        Assert.Equal([freshInbox.MessageId], inboxLeft);
        Assert.Equal(["fresh"], keysLeft);
    }

    [Fact]
    public async Task The_outbox_row_keeps_the_trace_context_and_its_publish_and_the_consumer_join_that_trace()
    {
        var org = Guid.NewGuid();
        var created = ReportingFixture.NewProjectCreated(org, "Traced from request to consumer");
        var request = new Activity("test request") { ActivityTraceFlags = ActivityTraceFlags.Recorded };
        request.Start();
        try
        {
            await OutboxFixture.EnqueueAsync(fixture.First, created);
        }
        finally
        {
            request.Stop();
        }

        var row = Assert.Single(await fixture.RowsAsync(q => q.Where(m => m.OrgId == org)));
        Assert.Equal(request.Id, row.TraceParent);
        Assert.Equal(7, row.Id.Version);
        Assert.Equal($"project/{created.ProjectId}", row.OrderingKey);

        await Eventually.Until(() => Task.FromResult(fixture.Spans.Ended.Any(s =>
            s.TraceId == request.TraceId && s.Kind == ActivityKind.Consumer && s.Source.Name == "MassTransit")), DeliveryTimeout);
        var inTrace = fixture.Spans.Ended.Where(s => s.TraceId == request.TraceId).ToList();
        var publish = Assert.Single(inTrace.DistinctBy(s => s.SpanId), s => s.DisplayName == "outbox publish ProjectCreated");
        Assert.Equal(request.SpanId, publish.ParentSpanId);
        Assert.Contains(inTrace, s => s.Source.Name == "MassTransit" && s.Kind == ActivityKind.Producer && s.ParentSpanId == publish.SpanId);
    }

    [Fact]
    public async Task An_empty_dispatch_pass_makes_no_span()
    {
        var dispatcher = fixture.First.Services.GetServices<IHostedService>().OfType<OutboxDispatcher>().Single();
        await Eventually.Until(async () => (await fixture.RowsAsync(q => q.Where(m =>
            m.DispatchedAt == null && m.DeadAt == null && (m.NotBefore == null || m.NotBefore < DateTimeOffset.UtcNow.AddHours(1))))).Count == 0);
        var before = SpansOnOurDatabase().Count;

        for (var i = 0; i < 5; i++) Assert.Equal(0, (await dispatcher.DispatchPassAsync(CancellationToken.None)).Published);

        Assert.Equal(before, SpansOnOurDatabase().Count);
        // Control: a query outside the outbox does make a span that this count sees.
        await fixture.RowsAsync(q => q.Take(1));
        Assert.True(SpansOnOurDatabase().Count > before, "a plain query made no span on the test database: the check above proves nothing");
    }

    private async Task<string> RunCommandAsync(int expectedExitCode, params string[] args)
    {
        var output = new StringWriter();
        var exitCode = await OutboxAdminCommand.RunAsync(fixture.First.Services, args, output);
        Assert.True(expectedExitCode == exitCode, $"exit code {exitCode}, expected {expectedExitCode}:\n{output}");
        return output.ToString();
    }

    /// <summary>Database spans of this fixture's database (its unique name appears in their attributes).</summary>
    private List<Activity> SpansOnOurDatabase() => fixture.Spans.Ended
        .Where(s => s.Source.Name.StartsWith("Npgsql", StringComparison.Ordinal)
                    && s.TagObjects.Any(t => t.Value?.ToString()?.Contains(fixture.First.DatabaseName, StringComparison.Ordinal) == true))
        .ToList();

    private static OutboxMessage DeadRow(OrderedProbeEvent @event) => new()
    {
        Id = Guid.CreateVersion7(),
        MessageType = MessageTypeNames.NameOf(typeof(OrderedProbeEvent)),
        Payload = JsonSerializer.Serialize(@event, Json),
        OrgId = @event.OrgId,
        OrderingKey = OrderingKeys.Of(@event),
        OccurredAt = DateTimeOffset.UtcNow,
        Attempts = OutboxFixture.MaxAttempts,
        LastError = "broker refused it (simulated)",
        DeadAt = DateTimeOffset.UtcNow,
    };

    private static OutboxMessage Row(DateTimeOffset occurredAt, DateTimeOffset? dispatchedAt = null, DateTimeOffset? notBefore = null, DateTimeOffset? deadAt = null) => new()
    {
        Id = Guid.CreateVersion7(),
        MessageType = MessageTypeNames.NameOf(typeof(OrderedProbeEvent)),
        Payload = JsonSerializer.Serialize(new OrderedProbeEvent(Guid.NewGuid(), Guid.NewGuid(), 0), Json),
        OccurredAt = occurredAt,
        DispatchedAt = dispatchedAt,
        NotBefore = notBefore,
        DeadAt = deadAt,
    };

    private static IdempotencyRecord Idempotency(Guid org, string key, DateTimeOffset createdAt) => new()
    {
        OrgId = org, Operation = "retention-test", Key = key, RequestHash = new string('0', 64), ResultId = Guid.NewGuid(), CreatedAt = createdAt,
    };
}
