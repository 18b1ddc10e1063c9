using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Core;
using static Grpc.Core.StatusCode;

namespace Crewline.Ownership.Tests.Access;

/// <summary>
/// Every RPC of OrgService, OwnershipService and OrgDesignService against every kind of caller (docs/ARCHITECTURE.md,
/// "Who may do what"). The org is always the caller's own: a person of another org (OutsideOrg)
/// acts on their org and never reaches this one (another org's person is NotFound). Admins configure
/// the org, its catalog and its people; every person of the org reads and asks the org-design
/// advisor; project roles give no org rights.
/// </summary>
[Collection(OwnershipCollection.Name)]
public sealed class AccessMatrixTests(OwnershipFixture fixture)
{
    private static readonly object Gate = new();
    private static Task<World>? _world;

    //                     OutsideOrg NotAPerson        OrgMember         WrongRole         RightRole         OrgAdmin
    public static TheoryData<string, AccessCaller, StatusCode> Rows => AccessMatrix.Rows(
        ("ConfigureOrg",   [OK,       PermissionDenied, PermissionDenied, PermissionDenied, PermissionDenied, OK]),
        ("GetOrg",         [OK,       PermissionDenied, OK,               OK,               OK,               OK]),
        ("AddPerson",      [OK,       PermissionDenied, PermissionDenied, PermissionDenied, PermissionDenied, OK]),
        ("ListPeople",     [OK,       PermissionDenied, OK,               OK,               OK,               OK]),
        ("GetMe",          [OK,       NotFound,         OK,               OK,               OK,               OK]),
        ("SetOrgRole",     [NotFound, PermissionDenied, PermissionDenied, PermissionDenied, PermissionDenied, OK]),
        ("AddOrgFunction", [OK,       PermissionDenied, PermissionDenied, PermissionDenied, PermissionDenied, OK]),
        ("ListFunctions",  [OK,       PermissionDenied, OK,               OK,               OK,               OK]),
        ("CreateProject",  [OK,       OK,               OK,               OK,               OK,               OK]),
        ("ListProjects",   [OK,       OK,               OK,               OK,               OK,               OK]),
        ("GetProject",     [NotFound, PermissionDenied, PermissionDenied, OK,               OK,               PermissionDenied]),
        ("AdviseStaffing", [OK,       PermissionDenied, OK,               OK,               OK,               OK]),
        ("AdviseStaffingFromPortfolio", [OK, PermissionDenied, OK,        OK,               OK,               OK]));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_rpc_answers_each_caller_as_documented(string rpc, AccessCaller caller, StatusCode expected)
    {
        var world = await WorldAsync(fixture);
        var token = world.Tokens[caller];
        var orgs = new OrgService.OrgServiceClient(fixture.Service.CreateChannel(token));
        var ownership = new OwnershipService.OwnershipServiceClient(fixture.Service.CreateChannel(token));
        var advisor = new OrgDesignService.OrgDesignServiceClient(fixture.Service.CreateChannel(token));
        var unique = Guid.NewGuid().ToString("N")[..12];
        Func<Task> call = rpc switch
        {
            "ConfigureOrg" => () => orgs.ConfigureOrgAsync(new ConfigureOrgRequest { Name = "Matrix org", IndustryPreset = IndustryPreset.Advertising }).ResponseAsync,
            "GetOrg" => () => orgs.GetOrgAsync(new GetOrgRequest()).ResponseAsync,
            "AddPerson" => () => orgs.AddPersonAsync(new AddPersonRequest { Name = "New " + unique, Email = $"{unique}@example.com" }).ResponseAsync,
            "ListPeople" => async () =>
            {
                var people = (await orgs.ListPeopleAsync(new ListPeopleRequest { PageSize = 200 })).People;
                // Nobody sees another org's people.
                Assert.Equal(caller != AccessCaller.OutsideOrg, people.Any(p => p.PersonId == world.MemberPersonId));
            },
            "GetMe" => () => orgs.GetMeAsync(new GetMeRequest()).ResponseAsync,
            "SetOrgRole" => () => orgs.SetOrgRoleAsync(new SetOrgRoleRequest { PersonId = world.MemberPersonId, OrgRole = OrgRole.Member }).ResponseAsync,
            "AddOrgFunction" => () => orgs.AddOrgFunctionAsync(new AddOrgFunctionRequest
                { Key = "matrix-" + unique, Name = "Matrix function", Area = FunctionArea.InternalFlow, DefaultOwners = { ProjectRole.ProjectManager } }).ResponseAsync,
            "ListFunctions" => () => orgs.ListFunctionsAsync(new ListFunctionsRequest()).ResponseAsync,
            "CreateProject" => () => ownership.CreateProjectAsync(new CreateProjectRequest { Name = "Matrix " + unique, Type = ProjectType.BrandIdentity }).ResponseAsync,
            "ListProjects" => async () =>
            {
                var listed = (await ownership.ListProjectsAsync(new ListProjectsRequest { PageSize = 200 })).Projects;
                // Only the caller's own projects: the matrix project is the creative lead's and the PM's.
                Assert.Equal(caller is AccessCaller.WrongRole or AccessCaller.RightRole, listed.Any(p => p.ProjectId == world.ProjectId));
            },
            "GetProject" => () => ownership.GetProjectAsync(new GetProjectRequest { ProjectId = world.ProjectId }).ResponseAsync,
            "AdviseStaffing" => () => advisor.AdviseStaffingAsync(new AdviseStaffingRequest
                { Intensity = ExternalProductionIntensity.Low, ConcurrentProductions = 2 }).ResponseAsync, // the org's preset
            "AdviseStaffingFromPortfolio" => () => advisor.AdviseStaffingFromPortfolioAsync(new AdviseStaffingFromPortfolioRequest()).ResponseAsync,
            _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, "no call for this RPC"),
        };
        await AccessMatrix.Answers(expected, call);
    }

    [Fact]
    public void The_matrix_covers_every_rpc_of_OrgService_OwnershipService_and_OrgDesignService() =>
        Assert.Equal(
            OrgService.Descriptor.Methods.Concat(OwnershipService.Descriptor.Methods).Concat(OrgDesignService.Descriptor.Methods)
                .Select(m => m.Name).Order(),
            Rows.Select(r => (string)r[0]).Distinct().Order());

    /// <summary>The org, project and callers of Ownership's access matrices, built once.</summary>
    internal static Task<World> WorldAsync(OwnershipFixture fixture)
    {
        lock (Gate) return _world ??= BuildAsync(fixture);
    }

    internal sealed record World(string ProjectId, string MemberPersonId, IReadOnlyDictionary<AccessCaller, string> Tokens);

    /// <summary>
    /// An org whose admin added a PM, a creative lead and a plain member; the PM's project with the
    /// creative lead on it; and another org with its own admin.
    /// </summary>
    private static async Task<World> BuildAsync(OwnershipFixture fixture)
    {
        var org = Guid.NewGuid();
        var otherOrg = Guid.NewGuid();
        string Token(string subject, Guid o) => fixture.Service.TokenFor(subject, o);
        OrgService.OrgServiceClient Orgs(string token) => new(fixture.Service.CreateChannel(token));

        var admin = Orgs(Token("admin", org));
        await admin.AddPersonAsync(new AddPersonRequest { Name = "Ada Admin", Email = "ada@example.com", Subject = "admin" });
        await admin.ConfigureOrgAsync(new ConfigureOrgRequest { Name = "Matrix org", IndustryPreset = IndustryPreset.Advertising });
        await admin.AddPersonAsync(new AddPersonRequest { Name = "Alex PM", Email = "alex@example.com", Subject = "pm" });
        var creative = await admin.AddPersonAsync(new AddPersonRequest { Name = "Casey Creative", Email = "casey@example.com", Subject = "creative" });
        var member = await admin.AddPersonAsync(new AddPersonRequest { Name = "Mo Member", Email = "mo@example.com", Subject = "member" });
        var project = await new OwnershipService.OwnershipServiceClient(fixture.Service.CreateChannel(Token("pm", org)))
            .CreateProjectAsync(new CreateProjectRequest { Name = "Matrix project", Type = ProjectType.Film, CreatorRoles = { ProjectRole.ProjectManager } });
        await new ProjectService.ProjectServiceClient(fixture.Service.CreateChannel(Token("pm", org)))
            .AddMemberAsync(new AddMemberRequest { ProjectId = project.ProjectId, PersonId = creative.PersonId, Role = ProjectRole.CreativeLead });

        var outsider = Orgs(Token("pm", otherOrg)); // the same subject, in another org
        await outsider.AddPersonAsync(new AddPersonRequest { Name = "Other admin", Email = "other@example.com", Subject = "pm" });
        await outsider.ConfigureOrgAsync(new ConfigureOrgRequest { Name = "Other org", IndustryPreset = IndustryPreset.DesignStudio });

        return new World(project.ProjectId, member.PersonId, new Dictionary<AccessCaller, string>
        {
            [AccessCaller.OutsideOrg] = Token("pm", otherOrg),
            [AccessCaller.NotAPerson] = Token("stranger", org),
            [AccessCaller.OrgMemberNotOnProject] = Token("member", org),
            [AccessCaller.WrongRole] = Token("creative", org),
            [AccessCaller.RightRole] = Token("pm", org),
            [AccessCaller.OrgAdmin] = Token("admin", org),
        });
    }
}
