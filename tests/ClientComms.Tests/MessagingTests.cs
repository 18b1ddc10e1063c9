using Crewline.Contracts.ClientComms.V1;
using Crewline.TestSupport;
using Google.Rpc;
using Grpc.Core;

namespace Crewline.ClientComms.Tests;

/// <summary>R-COMM-3 (only the SPOC sends) and R-COMM-4 (the other role is briefed first), asserted on what arrived at the SMTP capture server.</summary>
[Collection(ClientCommsCollection.Name)]
public sealed class MessagingTests(ClientCommsFixture fixture)
{
    [Fact]
    [Trait("Rule", "R-COMM-3")]
    public async Task R_COMM_3_a_send_by_a_member_who_is_not_the_SPOC_is_handed_to_the_SPOC_and_never_reaches_the_relay()
    {
        var p = await CommsProject.CreateAsync(fixture);
        var draft = await p.Producer.DraftMessageAsync(p.Draft("Shoot schedule"));

        var answer = await p.SendAsync(p.Producer, draft);

        Assert.Equal(SendOutcome.HandedToSpoc, answer.Outcome);
        Assert.Contains("Alex Moreau", answer.Note);
        Assert.Equal(MessageState.HandedToSpoc, answer.Message.State);
        Assert.Empty(answer.Message.Deliveries);
        Assert.Empty(await fixture.DeliveriesOfAsync(p.Org));
        Assert.Contains("ClientMessageHandedToSpoc", await fixture.OutboxTypesOfAsync(p.Org));

        // The SPOC briefs the producer and sends it: it arrives once, so the producer's send put nothing on the wire.
        await p.BriefProducerAsync(draft);
        var sent = await p.SendAsync(p.Pm, draft);
        Assert.Equal((SendOutcome.Sent, "pm-alex"), (sent.Outcome, sent.Message.SentBy));
        await p.DeliveredAsync(draft);
        foreach (var contact in p.Contacts) Assert.Single(fixture.Smtp.Arrived(contact.Email, p.Tag));
    }

    [Fact]
    [Trait("Rule", "R-COMM-4")]
    public async Task R_COMM_4_the_SPOCs_send_without_a_briefing_is_FailedPrecondition_naming_R_COMM_4_and_sends_nothing()
    {
        var p = await CommsProject.CreateAsync(fixture);
        var draft = await p.Pm.DraftMessageAsync(p.Draft("Budget update"));

        var error = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => p.SendAsync(p.Pm, draft));

        Assert.Contains("R-COMM-4", error.Status.Detail);
        var failure = error.GetRpcStatus()!.GetDetail<PreconditionFailure>()!;
        Assert.Equal(("R-COMM-4", "briefing"), (failure.Violations.Single().Type, failure.Violations.Single().Subject));
        Assert.Empty(await fixture.DeliveriesOfAsync(p.Org));
        Assert.Equal(Domain.Messages.MessageState.Draft, Assert.Single(await fixture.MessagesOfAsync(p.Org), m => m.Kind == Domain.Messages.MessageKind.Message).State);

        await p.BriefProducerAsync(draft);
        await p.SendAsync(p.Pm, draft);
        await p.DeliveredAsync(draft);
        Assert.Single(fixture.Smtp.Arrived(p.Contacts[0].Email, p.Tag));
    }

    [Fact]
    [Trait("Rule", "R-COMM-4")]
    public async Task R_COMM_4_a_briefed_SPOC_send_arrives_exactly_once_per_recipient_with_its_subject_body_and_attachment()
    {
        var p = await CommsProject.CreateAsync(fixture, contacts: 3);
        var request = p.Draft("First cut", "Hello,\n\nThe first cut is ready <for review>.");
        request.ContactIds.Add(p.Contacts[0].ContactId);
        request.ContactIds.Add(p.Contacts[1].ContactId);
        request.Attachments.Add(CommsProject.File("cut-notes.pdf", 2048));
        var draft = await p.Pm.DraftMessageAsync(request);
        var briefing = await p.BriefProducerAsync(draft, "Walked Sam through the cut notes.");

        var sent = await p.SendAsync(p.Pm, draft);

        Assert.Equal(SendOutcome.Sent, sent.Outcome);
        Assert.Equal((BriefingKind.Briefed, Crewline.Contracts.Common.V1.ProjectRole.Producer, p.PersonIdOf("producer-sam").ToString(), "pm-alex", "Walked Sam through the cut notes."),
            (briefing.Kind, briefing.BriefedRole, briefing.BriefedPersonId, briefing.BriefedBy, briefing.Summary));
        var delivered = await p.DeliveredAsync(draft);
        Assert.Equal([p.Contacts[0].Email, p.Contacts[1].Email], delivered.Deliveries.Select(d => d.Recipient).Order());
        Assert.Equal(["cut-notes.pdf"], delivered.AttachmentNames);
        foreach (var contact in p.Contacts.Take(2))
        {
            var mail = Assert.Single(fixture.Smtp.Arrived(contact.Email, p.Tag));
            Assert.Equal([contact.Email], mail.EnvelopeTo);
            Assert.StartsWith($"First cut {p.Tag} [ref:", mail.Subject);
            Assert.Equal("Hello,\n\nThe first cut is ready <for review>.", mail.Text.Replace("\r\n", "\n").TrimEnd());
            Assert.Contains("&lt;for review&gt;", mail.Html);
            Assert.Contains("Alex Moreau", mail.From);
            Assert.Matches(@"^reply\+[a-z2-7]{20}@", Assert.Single(mail.ReplyTo));
            Assert.Equal(("cut-notes.pdf", 2048L), (mail.Attachments.Single().FileName, mail.Attachments.Single().Size));
        }
        Assert.Empty(fixture.Smtp.Arrived(p.Contacts[2].Email, p.Tag));
        var events = await fixture.OutboxTypesOfAsync(p.Org);
        Assert.Equal(2, events.Count(e => e == "ClientMessageDelivered"));
        Assert.Contains("OtherRoleBriefed", events);
        Assert.Contains("ClientMessageSent", events);
    }

    [Fact]
    [Trait("Rule", "R-COMM-4")]
    public async Task R_COMM_4_on_a_one_person_project_the_send_records_that_no_other_role_exists_and_goes_out()
    {
        var (org, solo) = fixture.NewOrgCaller("solo-sky");
        var project = await fixture.PublishProjectAsync(ClientCommsFixture.NewProjectCreated(org, Crewline.Contracts.Ownership.V1.ProjectType.BrandIdentity));
        await fixture.Members.MemberAsync(org, project, "solo-sky", Crewline.BuildingBlocks.Membership.MembershipNames.ProjectManager,
            Crewline.BuildingBlocks.Membership.MembershipNames.Producer);
        await solo.NameSpocAsync(new NameSpocRequest
        {
            ProjectId = project.ToString(), Role = Crewline.Contracts.Common.V1.ProjectRole.ProjectManager, PersonId = fixture.Members.PersonIdOf(org, "solo-sky").ToString(),
        });
        var email = $"client.{Guid.NewGuid():N}@client.example";
        await solo.AddContactAsync(new AddContactRequest { ProjectId = project.ToString(), Name = "Client", Email = email });
        var draft = await solo.DraftMessageAsync(new DraftMessageRequest { ProjectId = project.ToString(), Subject = "Solo update", Body = "All on track." });

        var sent = await solo.SendMessageAsync(new SendMessageRequest { ProjectId = project.ToString(), MessageId = draft.MessageId });

        Assert.Equal(SendOutcome.Sent, sent.Outcome);
        var briefing = Assert.Single(sent.Message.Briefings);
        Assert.Equal((BriefingKind.NoOtherRole, Crewline.Contracts.Common.V1.ProjectRole.Producer, ""), (briefing.Kind, briefing.BriefedRole, briefing.BriefedPersonId));
        Assert.Contains("No other role exists", briefing.Summary);
        await Eventually.Until(() => Task.FromResult(fixture.Smtp.Arrived(email, "Solo update").Count == 1));
    }

    [Fact]
    [Trait("Rule", "R-COMM-4")]
    public async Task R_COMM_4_only_the_SPOC_records_a_briefing_and_only_of_someone_holding_the_other_role()
    {
        var p = await CommsProject.CreateAsync(fixture);
        var draft = await p.Producer.DraftMessageAsync(p.Draft("Note"));

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => p.Producer.BriefOtherRoleAsync(new BriefOtherRoleRequest
        {
            ProjectId = p.Project.ToString(), MessageId = draft.MessageId, BriefedPersonId = p.PersonIdOf("pm-alex").ToString(), Summary = "x",
        }).ResponseAsync);
        var error = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => p.Pm.BriefOtherRoleAsync(new BriefOtherRoleRequest
        {
            ProjectId = p.Project.ToString(), MessageId = draft.MessageId, BriefedPersonId = p.PersonIdOf("pm-alex").ToString(), Summary = "briefed myself",
        }).ResponseAsync);

        Assert.Contains("R-COMM-4", error.Status.Detail);
        Assert.Empty(Assert.Single(await fixture.MessagesOfAsync(p.Org), m => m.Kind == Domain.Messages.MessageKind.Message).Briefings);
    }

    [Fact]
    [Trait("Rule", "R-COMM-3")]
    public async Task R_COMM_3_bad_drafts_are_InvalidArgument_naming_the_field_and_store_and_send_nothing()
    {
        var p = await CommsProject.CreateAsync(fixture);
        var before = (await fixture.MessagesOfAsync(p.Org)).Count;

        var empty = p.Draft("Empty", "   ");
        await RpcAssert.InvalidArgumentOn("body", () => p.Pm.DraftMessageAsync(empty).ResponseAsync);
        var unknownContact = p.Draft("Unknown contact");
        unknownContact.ContactIds.Add(Guid.NewGuid().ToString());
        await RpcAssert.InvalidArgumentOn("contact_ids[0]", () => p.Pm.DraftMessageAsync(unknownContact).ResponseAsync);
        var oversized = p.Draft("Oversized");
        oversized.Attachments.Add(CommsProject.File("huge.pdf", Domain.Messages.MessageAttachment.MaxBytes + 1));
        await RpcAssert.InvalidArgumentOn("attachments[0].content", () => p.Pm.DraftMessageAsync(oversized).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("email", () => p.Pm.AddContactAsync(new AddContactRequest
            { ProjectId = p.Project.ToString(), Name = "Bad", Email = "not-an-address" }).ResponseAsync);

        Assert.Equal(before, (await fixture.MessagesOfAsync(p.Org)).Count);
        Assert.Equal(2, (await p.Pm.ListContactsAsync(new ListContactsRequest { ProjectId = p.Project.ToString() })).Contacts.Count);
        Assert.Empty(await fixture.DeliveriesOfAsync(p.Org));
        Assert.DoesNotContain(fixture.Smtp.Store.All(), m => m.Subject.Contains(p.Tag));
    }

    [Fact]
    public async Task The_conversation_lists_messages_newest_first_with_paging()
    {
        var p = await CommsProject.CreateAsync(fixture);
        var drafts = new List<ClientMessage>();
        for (var i = 0; i < 3; i++) drafts.Add(await p.Pm.DraftMessageAsync(p.Draft($"Note {i}")));

        var first = await p.Pm.ListConversationAsync(new ListConversationRequest { ProjectId = p.Project.ToString(), PageSize = 2 });
        var second = await p.Pm.ListConversationAsync(new ListConversationRequest { ProjectId = p.Project.ToString(), PageSize = 2, PageToken = first.NextPageToken });

        Assert.Equal([drafts[2].MessageId, drafts[1].MessageId], first.Messages.Select(m => m.MessageId));
        Assert.Equal([drafts[0].MessageId], second.Messages.Select(m => m.MessageId));
        Assert.Equal("", second.NextPageToken);
    }
}
