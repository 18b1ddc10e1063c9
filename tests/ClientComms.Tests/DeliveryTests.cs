using Crewline.Contracts.ClientComms.V1;
using Crewline.TestSupport;

namespace Crewline.ClientComms.Tests;

/// <summary>
/// At-least-once delivery from the database: with the SMTP relay down a sent message waits (and
/// says so), and goes out exactly once when the relay is back; a copy that used up its attempts is
/// failed, visible, and retried by RPC. (The capture server is shared by the collection, whose tests
/// run one at a time.)
/// </summary>
[Collection(ClientCommsCollection.Name)]
public sealed class DeliveryTests(ClientCommsFixture fixture)
{
    [Fact]
    [Trait("Rule", "R-COMM-3")]
    public async Task R_COMM_3_with_the_relay_down_a_sent_message_waits_then_arrives_exactly_once_when_it_returns()
    {
        var p = await CommsProject.CreateAsync(fixture, contacts: 1);
        var draft = await p.Pm.DraftMessageAsync(p.Draft("While the relay is down"));
        await p.BriefProducerAsync(draft);
        await fixture.Smtp.StopAsync();
        try
        {
            await p.SendAsync(p.Pm, draft);

            await Eventually.Until(async () => (await fixture.DeliveriesOfAsync(p.Org)) is [{ Attempts: >= 2, Status: Domain.Messages.DeliveryStatus.Pending } d]
                                               && d.LastError.Length > 0);
        }
        finally
        {
            await fixture.Smtp.StartAsync();
        }

        var delivered = await p.DeliveredAsync(draft);
        Assert.True(delivered.Deliveries.Single().Attempts >= 3);
        Assert.Single(fixture.Smtp.Arrived(p.Contacts[0].Email, p.Tag));
    }

    [Fact]
    [Trait("Rule", "R-COMM-3")]
    public async Task R_COMM_3_a_copy_that_used_up_its_attempts_is_failed_visibly_and_RetryDelivery_sends_it_once()
    {
        var p = await CommsProject.CreateAsync(fixture, contacts: 1);
        var draft = await p.Pm.DraftMessageAsync(p.Draft("Retry me"));
        await p.BriefProducerAsync(draft);
        await fixture.Smtp.StopAsync();
        Delivery failed;
        try
        {
            await p.SendAsync(p.Pm, draft);
            await Eventually.Until(async () => (await fixture.DeliveriesOfAsync(p.Org)).Single().Status == Domain.Messages.DeliveryStatus.Failed);
            var listed = (await p.Pm.ListConversationAsync(new ListConversationRequest { ProjectId = p.Project.ToString() })).Messages.Single(m => m.MessageId == draft.MessageId);
            failed = listed.Deliveries.Single();
            Assert.Equal(DeliveryStatus.Failed, failed.Status);
            Assert.Equal(15, failed.Attempts);
            Assert.NotEmpty(failed.LastError);
            Assert.Contains("ClientMessageDeliveryFailed", await fixture.OutboxTypesOfAsync(p.Org));
        }
        finally
        {
            await fixture.Smtp.StartAsync();
        }
        Assert.Empty(fixture.Smtp.Arrived(p.Contacts[0].Email, p.Tag));

        var retried = await p.Pm.RetryDeliveryAsync(new RetryDeliveryRequest { ProjectId = p.Project.ToString(), DeliveryId = failed.DeliveryId });

        Assert.Equal((DeliveryStatus.Pending, 0), (retried.Status, retried.Attempts));
        await p.DeliveredAsync(draft);
        Assert.Single(fixture.Smtp.Arrived(p.Contacts[0].Email, p.Tag));
        await RpcAssert.FailsWith(Grpc.Core.StatusCode.AlreadyExists, () =>
            p.Pm.RetryDeliveryAsync(new RetryDeliveryRequest { ProjectId = p.Project.ToString(), DeliveryId = failed.DeliveryId }).ResponseAsync);
    }

    [Fact]
    [Trait("Rule", "R-COMM-3")]
    public async Task R_COMM_3_many_copies_due_at_once_are_sent_side_by_side_each_exactly_once_on_its_first_attempt()
    {
        var p = await CommsProject.CreateAsync(fixture, contacts: 3);
        var drafts = new List<ClientMessage>();
        for (var i = 0; i < 6; i++)
        {
            var draft = await p.Pm.DraftMessageAsync(p.Draft($"Batch {i}"));
            await p.BriefProducerAsync(draft);
            drafts.Add(draft);
        }

        await Task.WhenAll(drafts.Select(d => p.SendAsync(p.Pm, d)));
        foreach (var draft in drafts) await p.DeliveredAsync(draft);

        var deliveries = await fixture.DeliveriesOfAsync(p.Org);
        Assert.Equal(18, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal(1, d.Attempts));
        foreach (var contact in p.Contacts)
            for (var i = 0; i < 6; i++)
                Assert.Single(fixture.Smtp.Arrived(contact.Email, $"Batch {i} {p.Tag}"));
    }
}
