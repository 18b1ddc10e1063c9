using Crewline.Contracts.Common.V1;
using Crewline.Contracts.ScopeChanges.V1;
using Crewline.ScopeChanges.Tests.Workflow;
using Crewline.TestSupport;
using Grpc.Core;
using static Grpc.Core.StatusCode;

namespace Crewline.ScopeChanges.Tests;

/// <summary>
/// Every RPC of the scope changes service against every kind of caller (docs/ARCHITECTURE.md,
/// "Who may do what"): the project's members, whatever their role, may raise and read its change
/// requests and change orders; each assessment only the role that owns it (R-SCOPE-1: the producer's
/// production assessment, the PM's flow assessment); signing, rejecting, returning and cancelling only a
/// member holding the role acted for (R-SCOPE-3; the rows act as the PM). A person of the org who is not
/// on the project (an org admin included) is refused; another org's project is NotFound. The org's open
/// changes answer any person of the org (scoped to what they may see).
/// "RightRole" is the PM, except for the production assessment where it is the producer.
/// </summary>
[Collection(ScopeChangesCollection.Name)]
public sealed class AccessMatrixTests(ScopeChangesFixture fixture)
{
    //                                  OutsideOrg NotAPerson        OrgMember         WrongRole         RightRole OrgAdmin
    public static TheoryData<string, AccessCaller, StatusCode> Rows => AccessMatrix.Rows(
        ("SubmitChangeRequest",        [NotFound, PermissionDenied, PermissionDenied, OK,               OK, PermissionDenied]),
        ("GetChangeRequest",           [NotFound, PermissionDenied, PermissionDenied, OK,               OK, PermissionDenied]),
        ("ListChangeRequests",         [NotFound, PermissionDenied, PermissionDenied, OK,               OK, PermissionDenied]),
        ("ListOpenChangeRequests",     [OK,       PermissionDenied, OK,               OK,               OK, OK]),
        ("SubmitProductionAssessment", [NotFound, PermissionDenied, PermissionDenied, PermissionDenied, OK, PermissionDenied]),
        ("SubmitFlowAssessment",       [NotFound, PermissionDenied, PermissionDenied, PermissionDenied, OK, PermissionDenied]),
        ("SignChangeResponse",         [NotFound, PermissionDenied, PermissionDenied, PermissionDenied, OK, PermissionDenied]),
        ("RejectChangeResponse",       [NotFound, PermissionDenied, PermissionDenied, PermissionDenied, OK, PermissionDenied]),
        ("ReturnForReassessment",      [NotFound, PermissionDenied, PermissionDenied, PermissionDenied, OK, PermissionDenied]),
        ("CancelChangeRequest",        [NotFound, PermissionDenied, PermissionDenied, PermissionDenied, OK, PermissionDenied]),
        ("GetChangeOrder",             [NotFound, PermissionDenied, PermissionDenied, OK,               OK, PermissionDenied]));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_rpc_answers_each_caller_as_documented(string rpc, AccessCaller caller, StatusCode expected)
    {
        var world = await fixture.AccessWorldAsync();
        var pm = fixture.Client(world.Tokens[AccessCaller.RightRole]);
        var producer = fixture.Client(fixture.Service.TokenFor("matrix-producer", world.Org));
        var token = rpc == "SubmitProductionAssessment" && caller == AccessCaller.RightRole
            ? fixture.Service.TokenFor("matrix-producer", world.Org)
            : world.Tokens[caller];
        var client = fixture.Client(token);
        var project = world.Project.ToString();

        async Task<ChangeRequest> Submitted() =>
            await pm.SubmitChangeRequestAsync(new SubmitChangeRequestRequest { ProjectId = project, Title = $"{rpc} {caller}" });
        async Task<ChangeRequest> Combined()
        {
            var change = await Submitted();
            await producer.SubmitProductionAssessmentAsync(WorkflowProject.Production(change));
            return await pm.SubmitFlowAssessmentAsync(WorkflowProject.Flow(change));
        }
        async Task<ChangeRequest> Approved()
        {
            var change = await Combined();
            await pm.SignChangeResponseAsync(WorkflowProject.Sign(change, ProjectRole.ProjectManager));
            return await producer.SignChangeResponseAsync(WorkflowProject.Sign(change, ProjectRole.Producer));
        }

        Func<Task> call = rpc switch
        {
            "SubmitChangeRequest" => () => client.SubmitChangeRequestAsync(new SubmitChangeRequestRequest { ProjectId = project, Title = $"Matrix {caller}" }).ResponseAsync,
            "GetChangeRequest" => async () => await client.GetChangeRequestAsync(new GetChangeRequestRequest { ChangeRequestId = (await Submitted()).ChangeRequestId }),
            "ListChangeRequests" => () => client.ListChangeRequestsAsync(new ListChangeRequestsRequest { ProjectId = project }).ResponseAsync,
            "ListOpenChangeRequests" => () => client.ListOpenChangeRequestsAsync(new ListOpenChangeRequestsRequest()).ResponseAsync,
            "SubmitProductionAssessment" => async () => await client.SubmitProductionAssessmentAsync(WorkflowProject.Production(await Submitted())),
            "SubmitFlowAssessment" => async () => await client.SubmitFlowAssessmentAsync(WorkflowProject.Flow(await Submitted())),
            "SignChangeResponse" => async () => await client.SignChangeResponseAsync(WorkflowProject.Sign(await Combined(), ProjectRole.ProjectManager)),
            "RejectChangeResponse" => async () => await client.RejectChangeResponseAsync(new RejectChangeResponseRequest
                { ChangeRequestId = (await Combined()).ChangeRequestId, Version = 1, Role = ProjectRole.ProjectManager, Reason = "Matrix" }),
            "ReturnForReassessment" => async () => await client.ReturnForReassessmentAsync(new ReturnForReassessmentRequest
                { ChangeRequestId = (await Combined()).ChangeRequestId, Version = 1, Role = ProjectRole.ProjectManager, Reason = "Matrix" }),
            "CancelChangeRequest" => async () => await client.CancelChangeRequestAsync(new CancelChangeRequestRequest
                { ChangeRequestId = (await Submitted()).ChangeRequestId, Reason = "Matrix" }),
            "GetChangeOrder" => async () => await client.GetChangeOrderAsync(new GetChangeOrderRequest { ChangeRequestId = (await Approved()).ChangeRequestId, Version = 1 }),
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
