using Crewline.Contracts.Reporting.V1;
using Crewline.TestSupport;
using Grpc.Core;
using static Grpc.Core.StatusCode;

namespace Crewline.Reporting.Tests;

/// <summary>
/// Every RPC of the reporting service against every kind of caller (docs/ARCHITECTURE.md, "Who may
/// do what"): a project's summary is read by its members and the org's admins; the list holds every
/// project for an admin and the caller's own projects for anyone else; the portfolio's counts are
/// read by any person of the org; a token whose subject is no person of the org is refused.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class AccessMatrixTests(ReportingFixture fixture)
{
    //                           OutsideOrg NotAPerson        OrgMember         WrongRole RightRole OrgAdmin
    public static TheoryData<string, AccessCaller, StatusCode> Rows => AccessMatrix.Rows(
        ("GetProjectSummary",    [NotFound, PermissionDenied, PermissionDenied, OK, OK, OK]),
        ("ListProjectSummaries", [OK,       PermissionDenied, OK,               OK, OK, OK]),
        ("GetPortfolio",         [OK,       PermissionDenied, OK,               OK, OK, OK]));

    /// <summary>The callers whose list holds the matrix project (its members and the org's admin).</summary>
    private static readonly AccessCaller[] SeeTheProject = [AccessCaller.WrongRole, AccessCaller.RightRole, AccessCaller.OrgAdmin];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_rpc_answers_each_caller_as_documented(string rpc, AccessCaller caller, StatusCode expected)
    {
        var world = await fixture.AccessWorldAsync();
        var client = fixture.Client(world.Tokens[caller]);
        var project = world.Project.ToString();
        Func<Task> call = rpc switch
        {
            "GetProjectSummary" => () => client.GetProjectSummaryAsync(new GetProjectSummaryRequest { ProjectId = project }).ResponseAsync,
            "ListProjectSummaries" => async () =>
            {
                var listed = (await client.ListProjectSummariesAsync(new ListProjectSummariesRequest())).Projects.Select(p => p.ProjectId);
                Assert.Equal(SeeTheProject.Contains(caller), listed.Contains(project));
            },
            "GetPortfolio" => () => client.GetPortfolioAsync(new GetPortfolioRequest()).ResponseAsync,
            _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, "no call for this RPC"),
        };
        await AccessMatrix.Answers(expected, call);
    }

    [Fact]
    public void The_matrix_covers_every_rpc_of_the_service() =>
        Assert.Equal(
            ReportingService.Descriptor.Methods.Select(m => m.Name).Order(),
            Rows.Select(r => (string)r[0]).Distinct().Order());
}
