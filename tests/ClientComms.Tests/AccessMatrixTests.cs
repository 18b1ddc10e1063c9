using Crewline.Contracts.ClientComms.V1;
using Crewline.TestSupport;
using Grpc.Core;
using static Grpc.Core.StatusCode;

namespace Crewline.ClientComms.Tests;

/// <summary>
/// Every RPC of the client comms service against every kind of caller (docs/ARCHITECTURE.md,
/// "Who may do what"): only the project's PM or producer names the SPOC; every member reads it;
/// a person of the org who is not on the project (an org admin included) is refused; another org's
/// project is NotFound. Contacts, drafts and the conversation are open to every member; sends,
/// briefings and recorded client answers get past access for members and then answer for the
/// thing asked about (NotFound: the message or change order here does not exist; only the SPOC —
/// the producer here, not a matrix caller — records an answer); deliveries are retried and status
/// composed by the PM or producer.
/// </summary>
[Collection(ClientCommsCollection.Name)]
public sealed class AccessMatrixTests(ClientCommsFixture fixture)
{
    //               OutsideOrg NotAPerson        OrgMember         WrongRole         RightRole OrgAdmin
    public static TheoryData<string, AccessCaller, StatusCode> Rows => AccessMatrix.Rows(
        ("NameSpoc", [NotFound, PermissionDenied, PermissionDenied, PermissionDenied, OK, PermissionDenied]),
        ("GetSpoc",  [NotFound, PermissionDenied, PermissionDenied, OK,               OK, PermissionDenied]),
        ("AddContact", [NotFound, PermissionDenied, PermissionDenied, OK,             OK, PermissionDenied]),
        ("ListContacts", [NotFound, PermissionDenied, PermissionDenied, OK,           OK, PermissionDenied]),
        ("DraftMessage", [NotFound, PermissionDenied, PermissionDenied, OK,           OK, PermissionDenied]),
        ("SendMessage", [NotFound, PermissionDenied, PermissionDenied, NotFound,      NotFound, PermissionDenied]),
        ("BriefOtherRole", [NotFound, PermissionDenied, PermissionDenied, NotFound,   NotFound, PermissionDenied]),
        ("RetryDelivery", [NotFound, PermissionDenied, PermissionDenied, PermissionDenied, NotFound, PermissionDenied]),
        ("ComposeStatus", [NotFound, PermissionDenied, PermissionDenied, PermissionDenied, OK, PermissionDenied]),
        ("RecordClientResponse", [NotFound, PermissionDenied, PermissionDenied, PermissionDenied, PermissionDenied, PermissionDenied]),
        ("ListConversation", [NotFound, PermissionDenied, PermissionDenied, OK,       OK, PermissionDenied]));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_rpc_answers_each_caller_as_documented(string rpc, AccessCaller caller, StatusCode expected)
    {
        var world = await fixture.AccessWorldAsync();
        var client = fixture.Client(world.Tokens[caller]);
        var project = world.Project.ToString();
        // The producer is the SPOC (naming the same person again changes nothing).
        await fixture.Client(world.Tokens[AccessCaller.RightRole]).NameSpocAsync(new NameSpocRequest
            { ProjectId = project, Role = Crewline.Contracts.Common.V1.ProjectRole.Producer, PersonId = world.ProducerPersonId.ToString() });
        var missing = Guid.NewGuid().ToString();
        Func<Task> call = rpc switch
        {
            "NameSpoc" => () => client.NameSpocAsync(new NameSpocRequest
                { ProjectId = project, Role = Crewline.Contracts.Common.V1.ProjectRole.Producer, PersonId = world.ProducerPersonId.ToString() }).ResponseAsync,
            "GetSpoc" => () => client.GetSpocAsync(new GetSpocRequest { ProjectId = project }).ResponseAsync,
            "AddContact" => () => client.AddContactAsync(new AddContactRequest
                { ProjectId = project, Name = "Jo", Email = $"jo.{Guid.NewGuid():N}@client.example" }).ResponseAsync,
            "ListContacts" => () => client.ListContactsAsync(new ListContactsRequest { ProjectId = project }).ResponseAsync,
            "DraftMessage" => () => client.DraftMessageAsync(new DraftMessageRequest { ProjectId = project, Subject = "Hi", Body = "Hello" }).ResponseAsync,
            "SendMessage" => () => client.SendMessageAsync(new SendMessageRequest { ProjectId = project, MessageId = missing }).ResponseAsync,
            "BriefOtherRole" => () => client.BriefOtherRoleAsync(new BriefOtherRoleRequest
                { ProjectId = project, MessageId = missing, BriefedPersonId = world.CreativeLeadPersonId.ToString(), Summary = "x" }).ResponseAsync,
            "RetryDelivery" => () => client.RetryDeliveryAsync(new RetryDeliveryRequest { ProjectId = project, DeliveryId = missing }).ResponseAsync,
            "ComposeStatus" => () => client.ComposeStatusAsync(new ComposeStatusRequest { ProjectId = project }).ResponseAsync,
            "RecordClientResponse" => () => client.RecordClientResponseAsync(new RecordClientResponseRequest
                { ProjectId = project, ChangeOrderId = missing, Accepted = true }).ResponseAsync,
            "ListConversation" => () => client.ListConversationAsync(new ListConversationRequest { ProjectId = project }).ResponseAsync,
            _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, "no call for this RPC"),
        };
        await AccessMatrix.Answers(expected, call);
    }

    [Fact]
    public void The_matrix_covers_every_rpc_of_the_service() =>
        Assert.Equal(
            ClientCommsService.Descriptor.Methods.Select(m => m.Name).Order(),
            Rows.Select(r => (string)r[0]).Distinct().Order());
}
