using Crewline.Contracts.ScopeChanges.V1;
using Crewline.TestSupport;
using Grpc.Core;
using static Grpc.Core.StatusCode;

namespace Crewline.ScopeChanges.Tests;

/// <summary>
/// Every RPC of the scope changes service against every kind of caller (docs/ARCHITECTURE.md,
/// "Who may do what"): the project's members, whatever their role, may submit and read its change
/// requests; a person of the org who is not on the project (an org admin included) is refused;
/// another org's project is NotFound.
/// </summary>
[Collection(ScopeChangesCollection.Name)]
public sealed class AccessMatrixTests(ScopeChangesFixture fixture)
{
    //                          OutsideOrg NotAPerson        OrgMember         WrongRole RightRole OrgAdmin
    public static TheoryData<string, AccessCaller, StatusCode> Rows => AccessMatrix.Rows(
        ("SubmitChangeRequest", [NotFound, PermissionDenied, PermissionDenied, OK, OK, PermissionDenied]),
        ("GetChangeRequest",    [NotFound, PermissionDenied, PermissionDenied, OK, OK, PermissionDenied]),
        ("ListChangeRequests",  [NotFound, PermissionDenied, PermissionDenied, OK, OK, PermissionDenied]));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_rpc_answers_each_caller_as_documented(string rpc, AccessCaller caller, StatusCode expected)
    {
        var world = await fixture.AccessWorldAsync();
        var client = fixture.Client(world.Tokens[caller]);
        var project = world.Project.ToString();
        Func<Task> call = rpc switch
        {
            "SubmitChangeRequest" => () => client.SubmitChangeRequestAsync(new SubmitChangeRequestRequest { ProjectId = project, Title = $"Matrix {caller}" }).ResponseAsync,
            "GetChangeRequest" => async () =>
            {
                var submitted = await fixture.Client(world.Tokens[AccessCaller.RightRole])
                    .SubmitChangeRequestAsync(new SubmitChangeRequestRequest { ProjectId = project, Title = "To read" });
                await client.GetChangeRequestAsync(new GetChangeRequestRequest { ChangeRequestId = submitted.ChangeRequestId });
            },
            "ListChangeRequests" => () => client.ListChangeRequestsAsync(new ListChangeRequestsRequest { ProjectId = project }).ResponseAsync,
            _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, "no call for this RPC"),
        };
        await AccessMatrix.Answers(expected, call);
    }

    [Fact]
    public void The_matrix_covers_every_rpc_of_the_service() =>
        Assert.Equal(
            ScopeChangeService.Descriptor.Methods.Select(m => m.Name).Order(),
            Rows.Select(r => (string)r[0]).Distinct().Order());
}
