using Crewline.BuildingBlocks.Membership;

namespace Crewline.TestSupport;

/// <summary>
/// One project of a fresh org with a caller of every <see cref="AccessCaller"/> kind, as the
/// consuming service's replica knows them: the project manager (right role), the producer (the
/// SPOC-to-be), the creative lead (wrong role), an org member and an org admin not on the project,
/// a token subject that is no person, and the project manager of another org's project (same subject).
/// </summary>
public sealed record AccessWorld(Guid Org, Guid Project, Guid ProducerPersonId, Guid CreativeLeadPersonId, IReadOnlyDictionary<AccessCaller, string> Tokens)
{
    public const string PmSubject = "matrix-pm";

    public static async Task<AccessWorld> BuildAsync<TProgram>(
        ServiceFactory<TProgram> service, MembershipSeeder<TProgram> seeder, Func<Guid, Task<Guid>> newKnownProject) where TProgram : class
    {
        var org = Guid.NewGuid();
        var otherOrg = Guid.NewGuid();
        var project = await newKnownProject(org);
        var otherProject = await newKnownProject(otherOrg);
        await seeder.MemberAsync(org, project, PmSubject, MembershipNames.ProjectManager);
        var producer = await seeder.MemberAsync(org, project, "matrix-producer", MembershipNames.Producer);
        var creative = await seeder.MemberAsync(org, project, "matrix-creative", MembershipNames.CreativeLead);
        await seeder.PersonAsync(org, "matrix-member");
        await seeder.PersonAsync(org, "matrix-admin", admin: true);
        await seeder.MemberAsync(otherOrg, otherProject, PmSubject, MembershipNames.ProjectManager);
        var tokens = new Dictionary<AccessCaller, string>
        {
            [AccessCaller.OutsideOrg] = service.TokenFor(PmSubject, otherOrg),
            [AccessCaller.NotAPerson] = service.TokenFor("matrix-stranger", org),
            [AccessCaller.OrgMemberNotOnProject] = service.TokenFor("matrix-member", org),
            [AccessCaller.WrongRole] = service.TokenFor("matrix-creative", org),
            [AccessCaller.RightRole] = service.TokenFor(PmSubject, org),
            [AccessCaller.OrgAdmin] = service.TokenFor("matrix-admin", org),
        };
        return new AccessWorld(org, project, producer, creative, tokens);
    }
}
