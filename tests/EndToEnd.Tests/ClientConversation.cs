using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Crewline.Contracts;
using Crewline.TestSupport;
using Grpc.Net.Client;
using Comms = Crewline.Contracts.ClientComms.V1;

namespace Crewline.EndToEnd.Tests;

/// <summary>
/// The client side of a walk-through, through the gateway and the suite's SMTP capture server: the
/// SPOC's announcement at kickoff reaches the client contact; a send by the role that is not the SPOC
/// becomes a draft for the SPOC; the SPOC briefs the other role and sends; the mail arrives once; the
/// client's reply, posted to the signed inbound webhook through the gateway, is threaded to it.
/// </summary>
internal sealed class ClientConversation(SuiteFixture suite, string projectId, string contactEmail)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Before kickoff: the client contact the announcement will go to.</summary>
    public Task AddContactAsync(GrpcChannel member) =>
        new Comms.ClientCommsService.ClientCommsServiceClient(member).AddContactAsync(new Comms.AddContactRequest
            { ProjectId = projectId, Name = "Jo Client", Email = contactEmail, RoleAtClient = "Marketing lead" }).ResponseAsync;

    /// <summary>After kickoff: <paramref name="spoc"/> is the SPOC, <paramref name="other"/> holds the other role (person <paramref name="otherPersonId"/>).</summary>
    public async Task RunAsync(GrpcChannel spoc, GrpcChannel other, string otherPersonId, string spocName)
    {
        // R-COMM-1: the announcement of the SPOC, a message of its own, reaches the contact.
        await Eventually.Until(async () => (await ArrivedAsync("Your point of contact")).Count == 1, TimeSpan.FromMinutes(2));
        Assert.Contains(spocName, (await ArrivedAsync("Your point of contact")).Single().GetProperty("subject").GetString());

        // R-COMM-3: the other role's send is handed to the SPOC; nothing goes out.
        var otherComms = new Comms.ClientCommsService.ClientCommsServiceClient(other);
        var spocComms = new Comms.ClientCommsService.ClientCommsServiceClient(spoc);
        var subject = $"Shoot plan {Guid.NewGuid():N}";
        var draft = await otherComms.DraftMessageAsync(new Comms.DraftMessageRequest { ProjectId = projectId, Subject = subject, Body = "The shoot plan is attached below." });
        var handed = await otherComms.SendMessageAsync(new Comms.SendMessageRequest { ProjectId = projectId, MessageId = draft.MessageId });
        Assert.Equal(Comms.SendOutcome.HandedToSpoc, handed.Outcome);

        // R-COMM-4: the SPOC briefs the other role, then sends; it arrives exactly once.
        await spocComms.BriefOtherRoleAsync(new Comms.BriefOtherRoleRequest
            { ProjectId = projectId, MessageId = draft.MessageId, BriefedPersonId = otherPersonId, Summary = "Agreed the shoot plan wording." });
        var sent = await spocComms.SendMessageAsync(new Comms.SendMessageRequest { ProjectId = projectId, MessageId = draft.MessageId });
        Assert.Equal(Comms.SendOutcome.Sent, sent.Outcome);
        await Eventually.Until(async () => (await ArrivedAsync(subject)).Count >= 1, TimeSpan.FromMinutes(2));
        await Eventually.Until(async () => (await spocComms.ListConversationAsync(new Comms.ListConversationRequest { ProjectId = projectId }))
            .Messages.Single(m => m.MessageId == draft.MessageId).Deliveries.All(d => d.Status == Comms.DeliveryStatus.Delivered));
        var mail = Assert.Single(await ArrivedAsync(subject));
        Assert.Equal("The shoot plan is attached below.", mail.GetProperty("text").GetString()!.Trim());

        // The client's reply comes back through the gateway's signed webhook and is threaded to the mail.
        var replyTo = mail.GetProperty("replyTo")[0].GetString()!;
        var response = await PostReplyAsync(new
        {
            id = $"e2e-{Guid.NewGuid():N}", from = new { name = "Jo Client", email = contactEmail }, to = new[] { replyTo },
            subject = $"Re: {mail.GetProperty("subject").GetString()}", text = "Thanks, looks good.",
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var conversation = await spocComms.ListConversationAsync(new Comms.ListConversationRequest { ProjectId = projectId });
        var reply = Assert.Single(conversation.Messages, m => m.Direction == Comms.MessageDirection.Inbound);
        Assert.Equal((draft.MessageId, "Thanks, looks good."), (reply.InReplyToMessageId, reply.Body));
    }

    /// <summary>The mails the capture server received for the contact whose subject contains <paramref name="subjectPart"/>.</summary>
    public async Task<List<JsonElement>> ArrivedAsync(string subjectPart)
    {
        using var http = new HttpClient { BaseAddress = suite.App.GetEndpoint(ResourceNames.MailCapture, ResourceNames.HttpEndpoint) };
        var all = await http.GetFromJsonAsync<List<JsonElement>>("/messages", Json) ?? [];
        return all.Where(m => m.GetProperty("envelopeTo").EnumerateArray().Any(t => t.GetString() == contactEmail)
                              && m.GetProperty("subject").GetString()!.Contains(subjectPart, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Signs as docs/CONTRACTS.md says: sha256=hex(HMAC-SHA256(secret, "timestamp." + body)).</summary>
    public async Task<HttpResponseMessage> PostReplyAsync(object mail)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(mail, Json);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(SuiteFixture.InboundMailSecret));
        var signature = "sha256=" + Convert.ToHexStringLower(hmac.ComputeHash([.. Encoding.UTF8.GetBytes(timestamp + "."), .. body]));
        using var request = new HttpRequestMessage(HttpMethod.Post, ResourceNames.InboundMailPath)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } },
        };
        request.Headers.Add("X-Crewline-Timestamp", timestamp);
        request.Headers.Add("X-Crewline-Signature", signature);
        using var gateway = suite.GatewayHttp(); // no bearer token: the signature authenticates the post
        return await gateway.SendAsync(request);
    }
}
