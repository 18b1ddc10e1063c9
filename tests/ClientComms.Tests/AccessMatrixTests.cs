using Crewline.Contracts.ClientComms.V1;
using Crewline.TestSupport;
using Grpc.Core;
using static Grpc.Core.StatusCode;

namespace Crewline.ClientComms.Tests;

/// <summary>
/// Every RPC of the client comms service against every kind of caller (docs/ARCHITECTURE.md,
/// "Who may do what"): only the project's PM or producer names the SPOC; every member reads it;
/// a person of the org who is not on the project (an org admin included) is refused; another org's
/// project is NotFound.
/// </summary>
[Collection(ClientCommsCollection.Name)]
public sealed class AccessMatrixTests(ClientCommsFixture fixture)
{
    //               OutsideOrg NotAPerson        OrgMember         WrongRole         RightRole OrgAdmin
    public static TheoryData<string, AccessCaller, StatusCode> Rows => AccessMatrix.Rows(
        ("NameSpoc", [NotFound, PermissionDenied, PermissionDenied, PermissionDenied, OK, PermissionDenied]),
        ("GetSpoc",  [NotFound, PermissionDenied, PermissionDenied, OK,               OK, PermissionDenied]));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_rpc_answers_each_caller_as_documented(string rpc, AccessCaller caller, StatusCode expected)
    {
        var world = await fixture.AccessWorldAsync();
        var client = fixture.Client(world.Tokens[caller]);
        var project = world.Project.ToString();
        Func<Task> call = rpc switch
        {
            "NameSpoc" => () => client.NameSpocAsync(new NameSpocRequest
                { ProjectId = project, Role = Crewline.Contracts.Common.V1.ProjectRole.Producer, PersonId = world.ProducerPersonId.ToString() }).ResponseAsync,
            "GetSpoc" => () => client.GetSpocAsync(new GetSpocRequest { ProjectId = project }).ResponseAsync,
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
