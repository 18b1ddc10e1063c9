using Crewline.Contracts.Reporting.V1;
using Crewline.TestSupport;
using Grpc.Core;
using static Grpc.Core.StatusCode;

namespace Crewline.Reporting.Tests.Portfolio;

/// <summary>
/// Every RPC of PortfolioService (the exports aside, not served yet) against every kind of caller
/// (docs/ARCHITECTURE.md, "Who may do what"): a project's status is read by its members and the
/// org's admins; the lists and logs hold every project for an admin and the caller's own projects
/// for anyone else; a token whose subject is no person of the org is refused.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class PortfolioAccessMatrixTests(ReportingFixture fixture)
{
    //                           OutsideOrg NotAPerson        OrgMember         WrongRole RightRole OrgAdmin
    public static TheoryData<string, AccessCaller, StatusCode> Rows => AccessMatrix.Rows(
        ("GetProjectStatus",     [NotFound, PermissionDenied, PermissionDenied, OK, OK, OK]),
        ("ListPortfolio",        [OK,       PermissionDenied, OK,               OK, OK, OK]),
        ("ListDecisionLog",      [OK,       PermissionDenied, OK,               OK, OK, OK]),
        ("ListScopeChangeLog",   [OK,       PermissionDenied, OK,               OK, OK, OK]),
        ("GetInvoiceAging",      [OK,       PermissionDenied, OK,               OK, OK, OK]));

    private static readonly AccessCaller[] SeeTheProject = [AccessCaller.WrongRole, AccessCaller.RightRole, AccessCaller.OrgAdmin];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_rpc_answers_each_caller_as_documented(string rpc, AccessCaller caller, StatusCode expected)
    {
        var world = await fixture.AccessWorldAsync();
        var client = new PortfolioService.PortfolioServiceClient(fixture.Service.CreateChannel(world.Tokens[caller]));
        var project = world.Project.ToString();
        Func<Task> call = rpc switch
        {
            "GetProjectStatus" => () => client.GetProjectStatusAsync(new GetProjectStatusRequest { ProjectId = project }).ResponseAsync,
            "ListPortfolio" => async () =>
            {
                var listed = (await client.ListPortfolioAsync(new ListPortfolioRequest())).Projects.Select(p => p.ProjectId);
                Assert.Equal(SeeTheProject.Contains(caller), listed.Contains(project));
            },
            "ListDecisionLog" => () => client.ListDecisionLogAsync(new ListDecisionLogRequest()).ResponseAsync,
            "ListScopeChangeLog" => () => client.ListScopeChangeLogAsync(new ListScopeChangeLogRequest()).ResponseAsync,
            "GetInvoiceAging" => () => client.GetInvoiceAgingAsync(new GetReportingInvoiceAgingRequest()).ResponseAsync,
            _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, "no call for this RPC"),
        };
        await AccessMatrix.Answers(expected, call);
    }
}
