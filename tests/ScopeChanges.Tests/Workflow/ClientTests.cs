using Crewline.Contracts.Events.ClientComms;
using Crewline.Contracts.ScopeChanges.V1;
using Crewline.TestSupport;
using Crewline.ScopeChanges.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.ScopeChanges.Tests.Workflow;

/// <summary>What arrives from client communications: a client's change request, and the client's answer to a change order.</summary>
[Collection(ScopeChangesCollection.Name)]
public sealed class ClientTests(ScopeChangesFixture fixture)
{
    private static ClientRespondedToChangeOrder Answer(WorkflowProject p, ChangeRequest approved, bool accepted, int? version = null) =>
        new(p.Org, p.Project, Guid.Parse(approved.ChangeRequestId), Guid.Parse(approved.ChangeOrderId), version ?? approved.CurrentVersion,
            accepted, accepted ? "Go ahead" : "Too expensive", DateTimeOffset.UtcNow);

    [Fact]
    [Trait("Rule", "R-SCOPE-1")]
    public async Task R_SCOPE_1_a_client_message_marked_as_change_request_opens_one_request_however_often_it_arrives()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var message = new ClientChangeRequestReceived(p.Org, p.Project, Guid.NewGuid(), "Can we add a cut-down?", "A 15-second version for social, please.",
            "Dana Client", "dana@client.example", new DateTimeOffset(2027, 4, 1, 9, 0, 0, TimeSpan.Zero));

        // Published twice under two message ids (a republished copy the inbox cannot recognise): one request.
        var ids = new[] { NewId.NextGuid(), NewId.NextGuid() };
        foreach (var id in ids) await p.Bus.Publish(message, ctx => ctx.MessageId = id);
        await Eventually.Until(async () => await p.Service.InScopeAsync(null, sp =>
            sp.GetRequiredService<ScopeChangesDbContext>().InboxMessages.CountAsync(m => ids.Contains(m.MessageId))) == 2);

        var change = Assert.Single((await p.Pm.ListChangeRequestsAsync(new ListChangeRequestsRequest { ProjectId = p.Project.ToString() })).ChangeRequests);
        Assert.Equal("Can we add a cut-down?", change.Title);
        Assert.Equal("Dana Client <dana@client.example>", change.RequestedBy);
        Assert.Equal("client:dana@client.example", change.SubmittedBy);
        Assert.Equal(message.InboundMessageId.ToString(), change.InboundMessageId);
        Assert.Equal(ChangeRequestStatus.Requested, change.Status);
        Assert.Single(await p.EventsAsync("ScopeChangeRequested"));
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-5")]
    public async Task R_SCOPE_5_the_clients_acceptance_through_the_SPOC_publishes_ScopeChangeAccepted()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var approved = await p.ApprovedAsync();

        await p.Bus.Publish(Answer(p, approved, accepted: true));
        await Eventually.Until(async () => (await p.GetAsync(approved)).Status == ChangeRequestStatus.ClientAccepted);
        Assert.Single(await p.EventsAsync("ScopeChangeAccepted"));
        Assert.Empty(await p.EventsAsync("ScopeChangeDeclined"));
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-5")]
    public async Task R_SCOPE_5_the_clients_decline_publishes_ScopeChangeDeclined_with_what_they_said()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var approved = await p.ApprovedAsync();

        await p.Bus.Publish(Answer(p, approved, accepted: false));
        await Eventually.Until(async () => (await p.GetAsync(approved)).Status == ChangeRequestStatus.ClientDeclined);
        Assert.Contains("Too expensive", Assert.Single(await p.EventsAsync("ScopeChangeDeclined")).Payload);
        Assert.Empty(await p.EventsAsync("ScopeChangeAccepted"));
    }

    [Fact]
    [Trait("Rule", "R-SCOPE-4")]
    public async Task R_SCOPE_4_an_answer_to_a_stale_version_changes_nothing_and_is_noted_in_the_history()
    {
        var p = await fixture.NewWorkflowProjectAsync();
        var approved = await p.ApprovedAsync();

        await p.Bus.Publish(Answer(p, approved, accepted: true, version: 7));
        await Eventually.Until(async () => (await p.GetAsync(approved)).History.Any(h => h.Action == "client answer ignored"));

        Assert.Equal(ChangeRequestStatus.SentToClient, (await p.GetAsync(approved)).Status);
        Assert.Empty(await p.EventsAsync("ScopeChangeAccepted"));
    }
}
