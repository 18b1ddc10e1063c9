using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Core;
using static Grpc.Core.StatusCode;

namespace Crewline.Ownership.Tests.Access;

/// <summary>
/// Every read of a project in Ownership's project services (ProjectService, DecisionService,
/// CrisisService, PlanService, LedgerService) against every kind of caller (docs/ARCHITECTURE.md,
/// "Who may do what"): the project's members read it, whatever their role; nobody else does, an org
/// admin included; another org's project is NotFound.
/// </summary>
[Collection(OwnershipCollection.Name)]
public sealed class ProjectReadsAccessMatrixTests(OwnershipFixture fixture)
{
    private static readonly StatusCode[] MembersRead = [NotFound, PermissionDenied, PermissionDenied, OK, OK, PermissionDenied];

    public static TheoryData<string, AccessCaller, StatusCode> Rows => AccessMatrix.Rows(
        ("GetProjectDetail", MembersRead), ("GetMatrix", MembersRead), ("DetectFindings", MembersRead),
        ("GetKickoffStatus", MembersRead), ("GetCloseoutStatus", MembersRead),
        ("WhoDecides", MembersRead), ("ListDecisions", MembersRead), ("ExportDecisions", MembersRead),
        ("ListJointEscalations", MembersRead), ("GetHierarchyFindings", MembersRead),
        ("ListCrises", MembersRead),
        ("GetPlan", MembersRead),
        ("GetBudget", MembersRead), ("ListVendorInvoices", MembersRead), ("GetInvoiceAging", MembersRead));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_project_read_answers_each_caller_as_documented(string rpc, AccessCaller caller, StatusCode expected)
    {
        var world = await AccessMatrixTests.WorldAsync(fixture);
        var channel = fixture.Service.CreateChannel(world.Tokens[caller]);
        var id = world.ProjectId;
        var projects = new ProjectService.ProjectServiceClient(channel);
        var decisions = new DecisionService.DecisionServiceClient(channel);
        var crises = new CrisisService.CrisisServiceClient(channel);
        var plan = new PlanService.PlanServiceClient(channel);
        var ledger = new LedgerService.LedgerServiceClient(channel);
        Func<Task> call = rpc switch
        {
            "GetProjectDetail" => () => projects.GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = id }).ResponseAsync,
            "GetMatrix" => () => projects.GetMatrixAsync(new GetMatrixRequest { ProjectId = id }).ResponseAsync,
            "DetectFindings" => () => projects.DetectFindingsAsync(new DetectFindingsRequest { ProjectId = id }).ResponseAsync,
            "GetKickoffStatus" => () => projects.GetKickoffStatusAsync(new GetKickoffStatusRequest { ProjectId = id }).ResponseAsync,
            "GetCloseoutStatus" => () => projects.GetCloseoutStatusAsync(new GetCloseoutStatusRequest { ProjectId = id }).ResponseAsync,
            "WhoDecides" => () => decisions.WhoDecidesAsync(new WhoDecidesRequest { ProjectId = id, FunctionKey = "vendor-payments" }).ResponseAsync,
            "ListDecisions" => () => decisions.ListDecisionsAsync(new ListDecisionsRequest { ProjectId = id }).ResponseAsync,
            "ExportDecisions" => () => decisions.ExportDecisionsAsync(new ExportDecisionsRequest { ProjectId = id, Format = ExportFormat.Csv }).ResponseAsync,
            "ListJointEscalations" => () => decisions.ListJointEscalationsAsync(new ListJointEscalationsRequest { ProjectId = id }).ResponseAsync,
            "GetHierarchyFindings" => () => decisions.GetHierarchyFindingsAsync(new GetHierarchyFindingsRequest { ProjectId = id }).ResponseAsync,
            "ListCrises" => () => crises.ListCrisesAsync(new ListCrisesRequest { ProjectId = id }).ResponseAsync,
            "GetPlan" => () => plan.GetPlanAsync(new GetPlanRequest { ProjectId = id }).ResponseAsync,
            "GetBudget" => () => ledger.GetBudgetAsync(new GetBudgetRequest { ProjectId = id }).ResponseAsync,
            "ListVendorInvoices" => () => ledger.ListVendorInvoicesAsync(new ListVendorInvoicesRequest { ProjectId = id }).ResponseAsync,
            "GetInvoiceAging" => () => ledger.GetInvoiceAgingAsync(new GetInvoiceAgingRequest { ProjectId = id }).ResponseAsync,
            _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, "no call for this RPC"),
        };
        await AccessMatrix.Answers(expected, call);
    }
}
