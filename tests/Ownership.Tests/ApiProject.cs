using Crewline.BuildingBlocks.Outbox;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;

namespace Crewline.Ownership.Tests;

/// <summary>
/// A project set up through the public gRPC API, as a client would (so the service's real project
/// access decides every later call): a fresh org configured with a preset, its people added (each
/// linked to a token subject), the project created by the first member with their roles, the
/// others added with theirs, and the hierarchy declared unless left undeclared.
/// </summary>
public sealed record ApiProject(ServiceFactory<Program> Service, Guid OrgId, Guid ProjectId, IReadOnlyDictionary<string, Guid> People, long OutboxMark)
{
    public string Id => ProjectId.ToString();

    /// <summary>A person as a token subject and the project roles they hold.</summary>
    public sealed record Member(string Subject, params ProjectRole[] Roles);

    public static async Task<ApiProject> CreateAsync(
        ServiceFactory<Program> service, IndustryPreset preset, Hierarchy hierarchy, params Member[] members)
    {
        var org = Guid.NewGuid();
        var creator = members[0];
        var orgs = new OrgService.OrgServiceClient(service.CreateChannel(service.TokenFor(creator.Subject, org)));
        // The creator adds themself first, so is the org's first person and admin, then configures the org.
        var people = new Dictionary<string, Guid>();
        foreach (var subject in members.Select(m => m.Subject).Distinct())
        {
            var person = await orgs.AddPersonAsync(new AddPersonRequest { Name = subject, Email = $"{subject}@example.com", Subject = subject });
            people[subject] = Guid.Parse(person.PersonId);
        }
        await orgs.ConfigureOrgAsync(new ConfigureOrgRequest { Name = "Northwind Creative", IndustryPreset = preset });

        var created = await new OwnershipService.OwnershipServiceClient(service.CreateChannel(service.TokenFor(creator.Subject, org)))
            .CreateProjectAsync(new CreateProjectRequest { Name = "Spring launch", Type = ProjectType.CommercialProduction, CreatorRoles = { creator.Roles } });
        var projects = new ProjectService.ProjectServiceClient(service.CreateChannel(service.TokenFor(creator.Subject, org)));
        foreach (var member in members.Skip(1))
            foreach (var role in member.Roles)
                await projects.AddMemberAsync(new AddMemberRequest { ProjectId = created.ProjectId, PersonId = people[member.Subject].ToString(), Role = role });
        if (hierarchy != Hierarchy.Unspecified)
            await projects.DeclareHierarchyAsync(new DeclareHierarchyRequest { ProjectId = created.ProjectId, Hierarchy = hierarchy });

        return await new ApiProject(service, org, Guid.Parse(created.ProjectId), people, 0).SetupDoneAsync();
    }

    /// <summary>The same project with its setup marked done: <see cref="EventsSinceSetupAsync"/> leaves out every event so far.</summary>
    public async Task<ApiProject> SetupDoneAsync()
    {
        var events = await OutboxRowsAsync(Service, OrgId);
        return this with { OutboxMark = events.Count == 0 ? 0 : events.Max(m => m.Sequence) };
    }

    /// <summary>A project client acting as <paramref name="subject"/> in the project's org.</summary>
    public ProjectService.ProjectServiceClient Projects(string subject) => new(Service.CreateChannel(Service.TokenFor(subject, OrgId)));

    /// <summary>The outbox rows of the org committed after the setup (whose own events are left out), oldest first.</summary>
    public async Task<List<OutboxMessage>> EventsSinceSetupAsync() =>
        (await OutboxRowsAsync(Service, OrgId)).Where(m => m.Sequence > OutboxMark).ToList();

    /// <summary>The project as stored (read past the org filter).</summary>
    public async Task<Domain.Project> StoredAsync() =>
        (await OwnershipFixture.ProjectsAsync(Service, p => p.Id == ProjectId)).Single();

    private static Task<List<OutboxMessage>> OutboxRowsAsync(ServiceFactory<Program> service, Guid org) => OwnershipFixture.OutboxRowsAsync(service, org);
}
