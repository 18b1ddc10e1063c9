using System.Net;
using System.Text.Json;
using Crewline.TestSupport;
using Grpc.Core;
using Grpc.Net.Client;
using Comms = Crewline.Contracts.ClientComms.V1;
using Common = Crewline.Contracts.Common.V1;
using Own = Crewline.Contracts.Ownership.V1;
using Scope = Crewline.Contracts.ScopeChanges.V1;
using GDate = Google.Type.Date;

namespace Crewline.EndToEnd.Tests;

/// <summary>
/// A client's scope change from the client's mail to the shared plan, all through the gateway:
/// the producer's first mail to the client is handed to the PM, who is the SPOC, and goes out once
/// the PM has briefed the producer; the client's reply marked as a change request opens one in ScopeChanges; the producer and the
/// PM assess it; both sign the combined response; the written change order goes out through the
/// SPOC and arrives at the client; the client accepts by reply; Ownership then unblocks the plan
/// items the change added and its decision log shows the approval as a joint decision.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class ScopeChangeWalkthroughTests(SuiteFixture suite)
{
    private static readonly TimeSpan Hop = TimeSpan.FromMinutes(2);

    [Fact]
    [Trait("Rule", "R-SCOPE-1")]
    [Trait("Rule", "R-SCOPE-2")]
    [Trait("Rule", "R-SCOPE-3")]
    [Trait("Rule", "R-SCOPE-4")]
    [Trait("Rule", "R-SCOPE-5")]
    [Trait("Rule", "R-COMM-3")]
    [Trait("Rule", "R-COMM-4")]
    public async Task A_client_change_request_is_assessed_by_both_signed_by_both_sent_through_the_SPOC_and_once_accepted_unblocks_the_plan()
    {
        var org = Guid.NewGuid();
        var pmChannel = suite.GatewayChannel(await suite.TokenAsync("pm", org));
        var producerChannel = suite.GatewayChannel(await suite.TokenAsync("producer", org));

        // An org, a PM (its admin) and a producer on one project.
        var orgs = new Own.OrgService.OrgServiceClient(pmChannel);
        var pm = await orgs.AddPersonAsync(new Own.AddPersonRequest { Name = "Alex PM", Email = "alex@example.com", Subject = "pm" });
        await orgs.ConfigureOrgAsync(new Own.ConfigureOrgRequest { Name = "Scope org", IndustryPreset = Own.IndustryPreset.Advertising });
        var producer = await orgs.AddPersonAsync(new Own.AddPersonRequest { Name = "Sam Producer", Email = "sam@example.com", Subject = "producer" });
        var project = await new Own.OwnershipService.OwnershipServiceClient(pmChannel).CreateProjectAsync(new Own.CreateProjectRequest
        {
            Name = "Spring campaign", Type = Own.ProjectType.CommercialProduction, CreatorRoles = { Common.ProjectRole.ProjectManager },
        });
        var id = project.ProjectId;
        await new Own.ProjectService.ProjectServiceClient(pmChannel).AddMemberAsync(
            new Own.AddMemberRequest { ProjectId = id, PersonId = producer.PersonId, Role = Common.ProjectRole.Producer });

        // The PM is the SPOC; the client contact gets a first mail whose reply the client will use.
        var pmComms = new Comms.ClientCommsService.ClientCommsServiceClient(pmChannel);
        await Eventually.Until(async () => await Succeeds(() => pmComms.NameSpocAsync(new Comms.NameSpocRequest
        {
            ProjectId = id, Role = Common.ProjectRole.ProjectManager, PersonId = pm.PersonId, PersonSubject = "pm", PersonName = "Alex PM",
            Reason = "The PM runs this client relationship.",
        }).ResponseAsync), Hop);
        var client = new ClientConversation(suite, id, $"jo.{Guid.NewGuid():N}@client.example");
        await client.AddContactAsync(pmChannel);
        var firstSubject = $"First cut {Guid.NewGuid():N}";
        // R-COMM-3: the producer's send on a PM-SPOC project goes nowhere: it becomes a draft handed to the PM.
        var producerComms = new Comms.ClientCommsService.ClientCommsServiceClient(producerChannel);
        var first = await producerComms.DraftMessageAsync(new Comms.DraftMessageRequest { ProjectId = id, Subject = firstSubject, Body = "Here is the first cut." });
        var handed = await producerComms.SendMessageAsync(new Comms.SendMessageRequest { ProjectId = id, MessageId = first.MessageId });
        Assert.Equal(Comms.SendOutcome.HandedToSpoc, handed.Outcome);
        // R-COMM-4: the PM, as the SPOC, briefs the producer and sends it; it arrives once.
        await pmComms.BriefOtherRoleAsync(new Comms.BriefOtherRoleRequest
            { ProjectId = id, MessageId = first.MessageId, BriefedPersonId = producer.PersonId, Summary = "First cut goes out today." });
        var sent = await pmComms.SendMessageAsync(new Comms.SendMessageRequest { ProjectId = id, MessageId = first.MessageId });
        Assert.Equal(Comms.SendOutcome.Sent, sent.Outcome);
        await Eventually.Until(async () => (await client.ArrivedAsync(firstSubject)).Count == 1, Hop);
        Assert.Contains("Alex PM", (await client.ArrivedAsync(firstSubject)).Single().GetProperty("from").GetString(), StringComparison.Ordinal);

        // The client asks for more, marked as a change request: ScopeChanges opens exactly one.
        var firstMail = (await client.ArrivedAsync(firstSubject)).Single();
        var asked = await client.PostReplyAsync(Reply(firstMail, "Could we also get a 15-second cut?", "change_request"));
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var pmScope = new Scope.ScopeChangeService.ScopeChangeServiceClient(pmChannel);
        var producerScope = new Scope.ScopeChangeService.ScopeChangeServiceClient(producerChannel);
        Scope.ChangeRequest? request = null;
        await Eventually.Until(async () =>
            (request = (await pmScope.ListChangeRequestsAsync(new Scope.ListChangeRequestsRequest { ProjectId = id })).ChangeRequests.SingleOrDefault()) is not null, Hop);
        Assert.Equal(Scope.ChangeRequestStatus.Requested, request!.Status);
        var changeId = request.ChangeRequestId;

        // R-SCOPE-1: each role assesses its side; the production plan item it adds is proposed here.
        await producerScope.SubmitProductionAssessmentAsync(new Scope.SubmitProductionAssessmentRequest
        {
            ChangeRequestId = changeId, ScheduleImpactDays = 2, VendorImplications = "Editor booked two more days.",
            CostDeltas = { new Scope.CostDelta { Category = Own.BudgetCategory.Post, Amount = new Google.Type.Money { CurrencyCode = "EUR", Units = 4200 } } },
            PlanItems = { new Scope.ProposedPlanItem { Kind = Own.PlanItemKind.ProductionItem, Title = "15-second cut", Start = Day(2027, 3, 1), Due = Day(2027, 3, 3) } },
        });
        var combined = await pmScope.SubmitFlowAssessmentAsync(new Scope.SubmitFlowAssessmentRequest
        {
            ChangeRequestId = changeId, ExtraRevisionRounds = 1, TimelineImpactDays = 2,
            Capacity = { new Scope.TeamHours { Team = "Edit", Hours = "12.5" } },
        });
        Assert.Equal(1, combined.CurrentVersion); // R-SCOPE-2: one combined response

        // R-SCOPE-3: one signature does not approve; the second one does.
        var oneSigned = await pmScope.SignChangeResponseAsync(new Scope.SignChangeResponseRequest { ChangeRequestId = changeId, Version = 1, Role = Common.ProjectRole.ProjectManager });
        Assert.NotEqual(Scope.ChangeRequestStatus.Approved, oneSigned.Status);
        Assert.NotEqual(Scope.ChangeRequestStatus.SentToClient, oneSigned.Status);
        var bothSigned = await producerScope.SignChangeResponseAsync(new Scope.SignChangeResponseRequest { ChangeRequestId = changeId, Version = 1, Role = Common.ProjectRole.Producer });
        Assert.Contains(bothSigned.Status, new[] { Scope.ChangeRequestStatus.Approved, Scope.ChangeRequestStatus.SentToClient });

        // R-SCOPE-4: the change order is written down; Ownership holds the added item blocked meanwhile.
        var order = await pmScope.GetChangeOrderAsync(new Scope.GetChangeOrderRequest { ChangeRequestId = changeId, Version = 1 });
        Assert.Contains("15-second cut", order.Markdown);
        var plan = new Own.PlanService.PlanServiceClient(pmChannel);
        Own.PlanItem? added = null;
        await Eventually.Until(async () => (added = (await plan.GetPlanAsync(new Own.GetPlanRequest { ProjectId = id })).Items
            .SingleOrDefault(i => i.ChangeRequestId == changeId)) is not null, Hop);
        Assert.True(added!.AwaitingChangeAcceptance);
        Assert.Equal(Own.PlanItemStatus.Blocked, added.Status);

        // R-SCOPE-5: the change order reaches the client once, from the SPOC.
        await Eventually.Until(async () => (await client.ArrivedAsync(order.Subject)).Count >= 1, Hop);
        var orderMail = Assert.Single(await client.ArrivedAsync(order.Subject));
        Assert.Contains("Alex PM", orderMail.GetProperty("from").GetString(), StringComparison.Ordinal); // sent as the SPOC

        // The client accepts by replying on the change order's thread.
        var accepted = await client.PostReplyAsync(Reply(orderMail, "Accepted, go ahead.", "accept"));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        await Eventually.Until(async () => (await pmScope.GetChangeRequestAsync(new Scope.GetChangeRequestRequest { ChangeRequestId = changeId })).Status
                                           == Scope.ChangeRequestStatus.ClientAccepted, Hop);

        // Ownership: the item is unblocked, and the decision log shows the approval by both roles.
        await Eventually.Until(async () => (await plan.GetPlanAsync(new Own.GetPlanRequest { ProjectId = id })).Items
            .Single(i => i.ChangeRequestId == changeId) is { AwaitingChangeAcceptance: false, Status: not Own.PlanItemStatus.Blocked }, Hop);
        var decisions = await new Own.DecisionService.DecisionServiceClient(pmChannel).ListDecisionsAsync(new Own.ListDecisionsRequest { ProjectId = id });
        var joint = Assert.Single(decisions.Decisions, d => d.ChangeRequestId == changeId);
        Assert.Equal((pm.PersonId, producer.PersonId), (joint.DecidedBy, joint.CoDecidedBy)); // the PM and the producer, by person id
    }

    private static object Reply(JsonElement mail, string text, string marker) => new
    {
        id = $"e2e-{Guid.NewGuid():N}",
        from = new { name = "Jo Client", email = mail.GetProperty("envelopeTo")[0].GetString() },
        to = new[] { mail.GetProperty("replyTo")[0].GetString() },
        subject = $"Re: {mail.GetProperty("subject").GetString()}",
        text,
        marker,
    };

    private static GDate Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    private static async Task<bool> Succeeds(Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.PermissionDenied or StatusCode.FailedPrecondition)
        {
            return false; // the project or its members have not reached client communications yet
        }
    }
}
