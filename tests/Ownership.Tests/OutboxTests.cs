using Crewline.Contracts.Events.Ownership;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;

namespace Crewline.Ownership.Tests;

[Collection(OwnershipCollection.Name)]
public sealed class OutboxTests(OwnershipFixture fixture)
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Outbox_a_project_created_while_the_broker_is_down_is_published_exactly_once_after_the_broker_returns()
    {
        // Its own instance, whose dispatcher gives up on an unconfirmed publish after 3 s (not 30 s),
        // so it fails and retries several times while the broker is down.
        var service = fixture.CreateFactory(new Dictionary<string, string?> { ["Outbox:PublishTimeout"] = "00:00:03" });
        var rabbit = fixture.RabbitMq;
        var probe = await RabbitMqProbe.BindAsync(service.Broker, RabbitMqProbe.ExchangeOf(typeof(ProjectCreated)));
        var (org, client) = fixture.NewOrgCaller(service: service);

        Project created;
        await rabbit.StopAsync();
        try
        {
            // The state change commits although the event cannot be published now.
            created = await client.CreateProjectAsync(new CreateProjectRequest { Name = "Made while the broker is down", Type = ProjectType.Film });
            Assert.Equal(created.ProjectId, Assert.Single(await fixture.ProjectsOfAsync(org, service)).Id.ToString());

            // The dispatcher tries and fails, and keeps the event pending: an outage is not the row's
            // fault, so it never makes the row dead (its attempts are for failures while the broker answers).
            await Eventually.Until(async () => (await fixture.OutboxOfAsync(org, service)).Single() is { LastError: not null }, DeliveryTimeout);
            var pending = Assert.Single(await fixture.OutboxOfAsync(org, service));
            Assert.Null(pending.DispatchedAt);
            Assert.Null(pending.DeadAt);
        }
        finally
        {
            await rabbit.StartAsync();
        }

        // Once the broker is back the pending event is published and marked dispatched.
        await Eventually.Until(async () => (await probe.DrainAsync()).Any(m => m["projectId"] == created.ProjectId), DeliveryTimeout);
        await Eventually.Until(async () => (await fixture.OutboxOfAsync(org, service)).Single().DispatchedAt is not null, DeliveryTimeout);
        var row = Assert.Single(await fixture.OutboxOfAsync(org, service));

        // A later event passes after it, so any second copy of the first would have arrived by now.
        var sentinel = await client.CreateProjectAsync(new CreateProjectRequest { Name = "Sentinel", Type = ProjectType.Film });
        await Eventually.Until(async () => (await probe.DrainAsync()).Any(m => m["projectId"] == sentinel.ProjectId), DeliveryTimeout);

        var copies = (await probe.DrainAsync()).Where(m => m["projectId"] == created.ProjectId).ToList();
        var copy = Assert.Single(copies);
        Assert.Equal(row.Id, Guid.Parse(copy.MessageId!));
        Assert.Equal(org.ToString(), copy["orgId"]);
        Assert.Equal("Made while the broker is down", copy["name"]);
        Assert.Equal("PROJECT_TYPE_FILM", copy["projectType"]);
    }

    [Fact]
    public async Task Outbox_an_event_is_published_with_the_outbox_row_id_as_message_id_and_marked_dispatched()
    {
        var probe = await RabbitMqProbe.BindAsync(fixture.Service.Broker, RabbitMqProbe.ExchangeOf(typeof(ProjectCreated)));
        var (org, client) = fixture.NewOrgCaller("producer-sam");

        var created = await client.CreateProjectAsync(new CreateProjectRequest { Name = "Online film", Type = ProjectType.CommercialProduction });

        await Eventually.Until(async () => (await probe.DrainAsync()).Any(m => m["projectId"] == created.ProjectId), DeliveryTimeout);
        await Eventually.Until(async () => (await fixture.OutboxOfAsync(org)).Single().DispatchedAt is not null, DeliveryTimeout);
        var row = Assert.Single(await fixture.OutboxOfAsync(org));
        var message = Assert.Single(await probe.DrainAsync(), m => m["projectId"] == created.ProjectId);
        Assert.Equal(row.Id, Guid.Parse(message.MessageId!));
        Assert.Equal("producer-sam", message["createdBy"]);
        Assert.Equal("PROJECT_TYPE_COMMERCIAL_PRODUCTION", message["projectType"]);
    }
}
