using System.Net;
using Crewline.Contracts.ClientComms.V1;
using Crewline.Contracts.Events.ClientComms;
using Crewline.TestSupport;

namespace Crewline.ClientComms.Tests;

/// <summary>The inbound mail webhook: signed posts only, threaded to the project by the reply token of the mail answered, change requests raised as events.</summary>
[Collection(ClientCommsCollection.Name)]
public sealed class InboundMailTests(ClientCommsFixture fixture)
{
    /// <summary>A project whose SPOC sent one briefed message that arrived; returns it with its Reply-To address.</summary>
    private async Task<(CommsProject Project, ClientMessage Sent, string ReplyTo, string Subject)> SentMessageAsync()
    {
        var p = await CommsProject.CreateAsync(fixture, contacts: 1);
        var draft = await p.Pm.DraftMessageAsync(p.Draft("Proposal"));
        await p.BriefProducerAsync(draft);
        await p.SendAsync(p.Pm, draft);
        await p.DeliveredAsync(draft);
        var mail = fixture.Smtp.Arrived(p.Contacts[0].Email, p.Tag).Single();
        return (p, draft, mail.ReplyTo.Single(), mail.Subject);
    }

    [Fact]
    [Trait("Rule", "R-COMM-5")]
    public async Task R_COMM_5_a_signed_reply_is_threaded_to_the_message_it_answers_and_a_repeated_post_is_stored_once()
    {
        var (p, sent, replyTo, subject) = await SentMessageAsync();
        var reply = InboundMailPoster.Reply(replyTo, $"Re: {subject}", "Looks good to us.", p.Contacts[0].Email, id: $"provider-{p.Tag}");

        var first = await InboundMailPoster.PostAsync(fixture, reply);
        var again = await InboundMailPoster.PostAsync(fixture, reply);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(p.Project.ToString(), (await first.JsonAsync()).GetProperty("projectId").GetString());
        var conversation = (await p.Pm.ListConversationAsync(new ListConversationRequest { ProjectId = p.Project.ToString() })).Messages;
        var inbound = Assert.Single(conversation, m => m.Direction == MessageDirection.Inbound);
        Assert.Equal((MessageKind.ClientMail, MessageState.Received, sent.MessageId, p.Contacts[0].Email, "Looks good to us.", false),
            (inbound.Kind, inbound.State, inbound.InReplyToMessageId, inbound.FromEmail, inbound.Body, inbound.ChangeRequest));
        Assert.Single(await fixture.OutboxTypesOfAsync(p.Org), t => t == "ClientMailReceived");
    }

    [Fact]
    public async Task A_reply_whose_recipients_lost_the_token_is_threaded_by_the_ref_in_its_subject()
    {
        var (p, sent, _, subject) = await SentMessageAsync();

        var response = await InboundMailPoster.PostAsync(fixture, InboundMailPoster.Reply("team@agency.example", $"Re: {subject}", "Forwarded on."));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(sent.MessageId, (await fixture.MessagesOfAsync(p.Org)).Single(m => m.Direction == Domain.Messages.MessageDirection.Inbound).InReplyToMessageId.ToString());
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-1")]
    public async Task A_reply_marked_as_a_change_request_publishes_ClientChangeRequestReceived_once()
    {
        var probe = await RabbitMqProbe.BindAsync(fixture.Service.Broker, RabbitMqProbe.ExchangeOf(typeof(ClientChangeRequestReceived)));
        var (p, _, replyTo, _) = await SentMessageAsync();

        var response = await InboundMailPoster.PostAsync(fixture,
            InboundMailPoster.Reply(replyTo, "Can we add a second spot?", "A 15-second cut for social, please.", p.Contacts[0].Email, marker: "change_request"));

        var messageId = (await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var received = new List<ProbedMessage>();
        await Eventually.Until(async () => { received.AddRange(await probe.DrainAsync()); return received.Any(m => m["projectId"] == p.Project.ToString()); });
        var e = Assert.Single(received, m => m["projectId"] == p.Project.ToString());
        Assert.Equal(("Can we add a second spot?", "A 15-second cut for social, please.", p.Contacts[0].Email, "Jo Client", p.Org.ToString()),
            (e["subject"], e["body"], e["fromEmail"], e["fromName"], e["orgId"]));
        Assert.Contains(e["inboundMessageId"]!, messageId);
    }

    [Fact]
    public async Task Unsigned_wrongly_signed_and_stale_posts_are_refused_with_401_and_store_nothing()
    {
        var (p, _, replyTo, _) = await SentMessageAsync();
        var reply = InboundMailPoster.Reply(replyTo, "Re", "Hi");

        Assert.Equal(HttpStatusCode.Unauthorized, (await InboundMailPoster.PostAsync(fixture, reply, secret: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await InboundMailPoster.PostAsync(fixture, reply, secret: "not-the-secret")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await InboundMailPoster.PostAsync(fixture, reply, tamper: s => s[..^2] + "00")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await InboundMailPoster.PostAsync(fixture, reply, at: DateTimeOffset.UtcNow.AddMinutes(-10))).StatusCode);

        Assert.DoesNotContain(await fixture.MessagesOfAsync(p.Org), m => m.Direction == Domain.Messages.MessageDirection.Inbound);
    }

    [Fact]
    public async Task A_post_with_no_known_reply_token_is_422_and_bad_json_is_400()
    {
        var unknown = await InboundMailPoster.PostAsync(fixture, InboundMailPoster.Reply("reply+abcdefghijabcdefghij@reply.crewline.local", "Hi", "Hello"));
        var bad = await InboundMailPoster.PostAsync(fixture, new { id = "x", from = new { email = "not an address" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
