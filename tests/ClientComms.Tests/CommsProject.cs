using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts.ClientComms.V1;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Google.Protobuf;

namespace Crewline.ClientComms.Tests;

/// <summary>
/// A brand-identity project (the PM is proposed as SPOC, R-COMM-2) of a fresh org: pm-alex (PM, named
/// SPOC), producer-sam and producer-kim (producers), and client contacts whose addresses carry a tag
/// unique to the test, so what arrived at the capture server is this test's alone.
/// </summary>
public sealed record CommsProject(
    ClientCommsFixture Fixture, Guid Org, Guid Project, ClientCommsService.ClientCommsServiceClient Pm,
    ClientCommsService.ClientCommsServiceClient Producer, IReadOnlyList<ClientContact> Contacts, string Tag)
{
    public static async Task<CommsProject> CreateAsync(ClientCommsFixture fixture, int contacts = 2, bool nameSpoc = true)
    {
        var (org, pm) = fixture.NewOrgCaller("pm-alex");
        var project = await fixture.KnownProjectAsync(org, ProjectType.BrandIdentity);
        if (nameSpoc)
            await pm.NameSpocAsync(new NameSpocRequest
            {
                ProjectId = project.ToString(), Role = ProjectRole.ProjectManager, PersonId = fixture.Members.PersonIdOf(org, "pm-alex").ToString(),
                PersonName = "Alex Moreau",
            });
        var tag = Guid.NewGuid().ToString("N")[..10];
        var added = new List<ClientContact>();
        foreach (var (name, user) in new[] { ("Jo Client", "jo"), ("Max Client", "max"), ("Ann Client", "ann") }.Take(contacts))
            added.Add(await pm.AddContactAsync(new AddContactRequest
            {
                ProjectId = project.ToString(), Name = name, Email = $"{user}.{tag}@client.example", RoleAtClient = "Brand manager",
            }));
        return new CommsProject(fixture, org, project, pm, fixture.Client(fixture.Service.TokenFor("producer-sam", org)), added, tag);
    }

    public Guid PersonIdOf(string subject) => Fixture.Members.PersonIdOf(Org, subject);

    public DraftMessageRequest Draft(string subject, string body = "Hello Jo,\n\nThe first cut is ready.") =>
        new() { ProjectId = Project.ToString(), Subject = $"{subject} {Tag}", Body = body };

    public Task<Crewline.Contracts.ClientComms.V1.Briefing> BriefProducerAsync(ClientMessage message, string summary = "Told Sam what goes out and when.") =>
        Pm.BriefOtherRoleAsync(new BriefOtherRoleRequest
        {
            ProjectId = Project.ToString(), MessageId = message.MessageId, BriefedPersonId = PersonIdOf("producer-sam").ToString(), Summary = summary,
        }).ResponseAsync;

    public Task<SendMessageResponse> SendAsync(ClientCommsService.ClientCommsServiceClient as_, ClientMessage message) =>
        as_.SendMessageAsync(new SendMessageRequest { ProjectId = Project.ToString(), MessageId = message.MessageId }).ResponseAsync;

    /// <summary>Waits until every delivery of the message is delivered.</summary>
    public async Task<ClientMessage> DeliveredAsync(ClientMessage message, TimeSpan? timeout = null)
    {
        ClientMessage? current = null;
        await Eventually.Until(async () =>
        {
            current = (await Pm.ListConversationAsync(new ListConversationRequest { ProjectId = Project.ToString(), PageSize = 200 }))
                .Messages.Single(m => m.MessageId == message.MessageId);
            return current.Deliveries.Count > 0 && current.Deliveries.All(d => d.Status == DeliveryStatus.Delivered);
        }, timeout ?? TimeSpan.FromSeconds(60));
        return current!;
    }

    public static Attachment File(string name, int bytes) =>
        new() { FileName = name, ContentType = "application/pdf", Content = ByteString.CopyFrom(new byte[bytes]) };

    public static string ProducerRole => MembershipNames.Producer;
}
