using Crewline.TestSupport;
using MassTransit;

namespace Crewline.Reporting.Tests;

[Collection(ReportingCollection.Name)]
public sealed class InboxTests(ReportingFixture fixture)
{
    [Fact]
    public async Task Inbox_the_same_ProjectCreated_message_delivered_twice_is_handled_once_and_a_new_message_still_is()
    {
        var org = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var created = ReportingFixture.NewProjectCreated(org, "Delivered twice");

        await fixture.PublishAndWaitAsync(created, messageId);
        await fixture.PublishAndWaitAsync(created, messageId);

        Assert.Equal(2, fixture.Received.Count(messageId));
        Assert.Equal(created.ProjectId, Assert.Single(await fixture.SummariesOfAsync(org)).ProjectId);
        Assert.Equal(1, await fixture.ProjectCountOfAsync(org));
        var inbox = Assert.Single(await fixture.InboxRowsAsync(messageId));
        Assert.Equal("Crewline.Contracts.Events.Ownership.ProjectCreated, Crewline.Contracts", inbox.MessageType);

        // A new message (new id, another project) is not swallowed.
        var nextId = await fixture.PublishAndWaitAsync(ReportingFixture.NewProjectCreated(org, "Next project"));

        Assert.Equal(2, (await fixture.SummariesOfAsync(org)).Count);
        Assert.Equal(2, await fixture.ProjectCountOfAsync(org));
        Assert.Equal(2, (await fixture.InboxRowsAsync(messageId, nextId)).Count);
        Assert.DoesNotContain(fixture.Received.Faults, f => f.MessageId == messageId || f.MessageId == nextId);
    }

    [Fact]
    public async Task Inbox_a_message_id_already_handled_is_skipped_even_when_the_consumer_itself_could_not_tell_it_is_a_copy()
    {
        // The consumer skips a project it already has; here the copy names ANOTHER project, so only
        // the inbox, keyed by message id, can recognise it.
        var org = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var original = ReportingFixture.NewProjectCreated(org, "Original");

        await fixture.PublishAndWaitAsync(original, messageId);
        await fixture.PublishAndWaitAsync(ReportingFixture.NewProjectCreated(org, "Copy with another payload"), messageId);

        Assert.Equal(original.ProjectId, Assert.Single(await fixture.SummariesOfAsync(org)).ProjectId);
        Assert.Equal(1, await fixture.ProjectCountOfAsync(org));
        Assert.Single(await fixture.InboxRowsAsync(messageId));
    }

    [Fact]
    public async Task Inbox_a_skipped_duplicate_is_acknowledged_and_not_dead_lettered_to_the_skipped_queue()
    {
        var org = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var created = ReportingFixture.NewProjectCreated(org, "Duplicate must not be dead-lettered");

        await fixture.PublishAndWaitAsync(created, messageId);
        await fixture.PublishAndWaitAsync(created, messageId);

        // MassTransit moves a received message that no consumer consumed to "<queue>_skipped".
        var skippedQueue = $"{fixture.Received.InputAddress(messageId).AbsolutePath.Trim('/')}_skipped";
        var skipped = await RabbitMqProbe.TakeAllAsync(fixture.Service.Broker, skippedQueue);
        Assert.DoesNotContain(messageId.ToString(), skipped.Select(m => m.MessageId));
        Assert.Single(await fixture.InboxRowsAsync(messageId));
    }

    [Fact]
    public async Task The_portfolio_counts_every_project_of_an_org_when_its_events_are_consumed_concurrently()
    {
        const int projects = 12;
        var org = Guid.NewGuid();
        await fixture.PublishAndWaitAsync(ReportingFixture.NewProjectCreated(org, "First"));

        var ids = Enumerable.Range(0, projects - 1).Select(_ => NewId.NextGuid()).ToList();
        await Task.WhenAll(ids.Select((id, i) =>
            fixture.Bus.Publish(ReportingFixture.NewProjectCreated(org, $"Parallel {i}"), ctx => ctx.MessageId = id)));
        await Eventually.Until(async () => (await fixture.InboxRowsAsync([.. ids])).Count == ids.Count);

        Assert.Equal(projects, (await fixture.SummariesOfAsync(org)).Count);
        Assert.Equal(projects, await fixture.ProjectCountOfAsync(org));
    }
}
