using System.Net;
using Crewline.Contracts.ClientComms.V1;
using Crewline.Contracts.Events.ClientComms;
using Crewline.Contracts.Events.ScopeChanges;
using Crewline.TestSupport;
using Grpc.Core;

namespace Crewline.ClientComms.Tests;

/// <summary>R-SCOPE-5 on this side: an issued change order goes to the client through the SPOC, and the client's answer comes back as an event.</summary>
[Collection(ClientCommsCollection.Name)]
public sealed class ChangeOrderTests(ClientCommsFixture fixture)
{
    private static ChangeOrderIssued Issued(CommsProject p, int version = 1) => new(p.Org, p.Project, Guid.NewGuid(), Guid.NewGuid(), version,
        $"Change order: social cut {p.Tag}", "# Change order\n\nAdds a 15-second social cut. Cost: 4,000 EUR.", "<h1>Change order</h1><p>Adds a 15-second social cut.</p>",
        DateTimeOffset.UtcNow);

    [Fact]
    [Trait("Rule", "R-SCOPE-5")]
    [Trait("Rule", "R-COMM-4")]
    public async Task R_SCOPE_5_an_issued_change_order_is_mailed_to_every_contact_as_the_SPOC_once_with_the_signatures_as_the_briefing()
    {
        var p = await CommsProject.CreateAsync(fixture);
        var issued = Issued(p);

        await fixture.Bus.Publish(issued);
        await fixture.Bus.Publish(issued); // a redelivery under another message id sends nothing twice

        await Eventually.Until(() => Task.FromResult(p.Contacts.All(c => fixture.Smtp.Arrived(c.Email, p.Tag).Count == 1)));
        var mail = fixture.Smtp.Arrived(p.Contacts[0].Email, p.Tag).Single();
        Assert.Contains("Adds a 15-second social cut. Cost: 4,000 EUR.", mail.Text);
        Assert.Contains("<h1>Change order</h1>", mail.Html);
        Assert.Contains("Alex Moreau", mail.From);
        var message = Assert.Single(await fixture.MessagesOfAsync(p.Org), m => m.Kind == Domain.Messages.MessageKind.ChangeOrder);
        Assert.Equal(("pm-alex", issued.ChangeOrderId), (message.SentBy, message.ChangeOrderId));
        var briefing = Assert.Single(message.Briefings);
        Assert.Equal((Domain.Messages.BriefingKind.ChangeOrderSigned, Domain.SpocRole.Producer), (briefing.Kind, briefing.BriefedRole));
        Assert.Contains(issued.ChangeOrderId.ToString(), briefing.Summary);
        await p.DeliveredAsync(new ClientMessage { MessageId = message.Id.ToString() });
        Assert.All(p.Contacts, c => Assert.Single(fixture.Smtp.Arrived(c.Email, p.Tag)));
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-5")]
    public async Task R_SCOPE_5_a_reply_on_the_change_orders_thread_marked_accept_publishes_ClientRespondedToChangeOrder()
    {
        var probe = await RabbitMqProbe.BindAsync(fixture.Service.Broker, RabbitMqProbe.ExchangeOf(typeof(ClientRespondedToChangeOrder)));
        var p = await CommsProject.CreateAsync(fixture, contacts: 1);
        var issued = Issued(p);
        await fixture.Bus.Publish(issued);
        await Eventually.Until(() => Task.FromResult(fixture.Smtp.Arrived(p.Contacts[0].Email, p.Tag).Count == 1));
        var mail = fixture.Smtp.Arrived(p.Contacts[0].Email, p.Tag).Single();

        var response = await InboundMailPoster.PostAsync(fixture,
            InboundMailPoster.Reply(mail.ReplyTo.Single(), $"Re: {mail.Subject}", "Approved, go ahead.", p.Contacts[0].Email, marker: "accept"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var received = new List<ProbedMessage>();
        await Eventually.Until(async () => { received.AddRange(await probe.DrainAsync()); return received.Any(m => m["projectId"] == p.Project.ToString()); });
        var e = Assert.Single(received, m => m["projectId"] == p.Project.ToString());
        Assert.Equal((issued.ChangeRequestId.ToString(), issued.ChangeOrderId.ToString(), "1", "True", "Approved, go ahead."),
            (e["changeRequestId"], e["changeOrderId"], e["version"], e["accepted"], e["note"]));
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-5")]
    public async Task R_SCOPE_5_only_the_SPOC_records_the_clients_answer_and_it_is_published()
    {
        var p = await CommsProject.CreateAsync(fixture, contacts: 1);
        var issued = Issued(p);
        await fixture.Bus.Publish(issued);
        await Eventually.Until(async () => (await fixture.MessagesOfAsync(p.Org)).Any(m => m.Kind == Domain.Messages.MessageKind.ChangeOrder));
        var request = new RecordClientResponseRequest { ProjectId = p.Project.ToString(), ChangeOrderId = issued.ChangeOrderId.ToString(), Accepted = false, Note = "Over budget." };

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Producer.RecordClientResponseAsync(request).ResponseAsync);
        var recorded = await p.Pm.RecordClientResponseAsync(request);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => p.Pm.RecordClientResponseAsync(new RecordClientResponseRequest
            { ProjectId = p.Project.ToString(), ChangeOrderId = Guid.NewGuid().ToString(), Accepted = true }).ResponseAsync);

        Assert.Equal((MessageKind.ClientResponse, issued.ChangeOrderId.ToString(), "Over budget."), (recorded.Kind, recorded.ChangeOrderId, recorded.Body));
        Assert.Single(await fixture.OutboxTypesOfAsync(p.Org), t => t == "ClientRespondedToChangeOrder");
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-5")]
    public async Task R_SCOPE_5_a_change_order_issued_before_the_SPOC_is_named_is_held_and_goes_out_through_the_SPOC_once_named()
    {
        var p = await CommsProject.CreateAsync(fixture, contacts: 1, nameSpoc: false);
        var issued = Issued(p);

        await fixture.Bus.Publish(issued);
        await fixture.Bus.Publish(issued); // a redelivery under another message id holds nothing twice

        await Eventually.Until(async () => (await fixture.HeldChangeOrdersOfAsync(p.Org)).Count == 1);
        Assert.Empty(fixture.Smtp.Arrived(p.Contacts[0].Email, p.Tag));
        Assert.DoesNotContain(await fixture.MessagesOfAsync(p.Org), m => m.Kind == Domain.Messages.MessageKind.ChangeOrder);

        await p.Pm.NameSpocAsync(new NameSpocRequest
        {
            ProjectId = p.Project.ToString(), Role = Contracts.Common.V1.ProjectRole.ProjectManager, PersonId = p.PersonIdOf("pm-alex").ToString(),
            PersonName = "Alex Moreau",
        });

        await Eventually.Until(() => Task.FromResult(fixture.Smtp.Arrived(p.Contacts[0].Email, p.Tag).Count == 1));
        var message = Assert.Single(await fixture.MessagesOfAsync(p.Org), m => m.Kind == Domain.Messages.MessageKind.ChangeOrder);
        Assert.Equal(("pm-alex", issued.ChangeOrderId, issued.Version), (message.SentBy, message.ChangeOrderId, message.ChangeOrderVersion));
        Assert.Empty(await fixture.HeldChangeOrdersOfAsync(p.Org));
        Assert.Contains("Alex Moreau", fixture.Smtp.Arrived(p.Contacts[0].Email, p.Tag).Single().From);
    }
}
