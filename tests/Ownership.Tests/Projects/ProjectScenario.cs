using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Grpc.Net.Client;

namespace Crewline.Ownership.Tests.Projects;

/// <summary>
/// A fresh org (advertising preset) with four people linked to token subjects — a PM, a producer, a
/// creative lead and an outsider — and a project created by the PM (taking the PM role) with the
/// producer and the creative lead added.
/// </summary>
public sealed class ProjectScenario
{
    private readonly Func<string?, GrpcChannel> _channel;
    private readonly Func<string, Guid, string> _token;

    private ProjectScenario(Func<string?, GrpcChannel> channel, Func<string, Guid, string> token)
    {
        _channel = channel;
        _token = token;
    }

    public Guid Org { get; } = Guid.NewGuid();
    public string ProjectId { get; private set; } = "";
    public Person Pm { get; private set; } = null!;
    public Person Producer { get; private set; } = null!;
    public Person Creative { get; private set; } = null!;
    public Person Outsider { get; private set; } = null!;

    public ProjectService.ProjectServiceClient Projects(string subject) => new(Channel(subject));
    public OrgService.OrgServiceClient Orgs(string subject) => new(Channel(subject));
    public OwnershipService.OwnershipServiceClient Ownership(string subject) => new(Channel(subject));

    /// <summary>Sets the scenario up on the collection's service.</summary>
    public static Task<ProjectScenario> StartAsync(OwnershipFixture fixture, IndustryPreset preset = IndustryPreset.Advertising) =>
        StartAsync(t => fixture.Service.CreateChannel(t), fixture.Service.TokenFor, preset);

    /// <summary>Sets the scenario up on any host of the service (e.g. one with a test interceptor).</summary>
    public static async Task<ProjectScenario> StartAsync(
        Func<string?, GrpcChannel> channel, Func<string, Guid, string> token, IndustryPreset preset = IndustryPreset.Advertising)
    {
        var s = new ProjectScenario(channel, token);
        var orgs = s.Orgs("pm");
        // The PM adds themself first, so is the org's admin, and configures the org.
        s.Pm = await orgs.AddPersonAsync(new AddPersonRequest { Name = "Alex PM", Email = "alex@example.com", Subject = "pm" });
        await orgs.ConfigureOrgAsync(new ConfigureOrgRequest { Name = "Northwind Creative", IndustryPreset = preset });
        s.Producer = await orgs.AddPersonAsync(new AddPersonRequest { Name = "Sam Producer", Email = "sam@example.com", Subject = "producer" });
        s.Creative = await orgs.AddPersonAsync(new AddPersonRequest { Name = "Casey Creative", Email = "casey@example.com", Subject = "creative" });
        s.Outsider = await orgs.AddPersonAsync(new AddPersonRequest { Name = "Olly Outsider", Email = "olly@example.com", Subject = "outsider" });
        var project = await s.Ownership("pm").CreateProjectAsync(new CreateProjectRequest
        {
            Name = "Winter launch spot", Type = ProjectType.CommercialProduction, CreatorRoles = { ProjectRole.ProjectManager },
        });
        s.ProjectId = project.ProjectId;
        var pm = s.Projects("pm");
        await pm.AddMemberAsync(new AddMemberRequest { ProjectId = s.ProjectId, PersonId = s.Producer.PersonId, Role = ProjectRole.Producer });
        await pm.AddMemberAsync(new AddMemberRequest { ProjectId = s.ProjectId, PersonId = s.Creative.PersonId, Role = ProjectRole.CreativeLead });
        return s;
    }

    private GrpcChannel Channel(string subject) => _channel(_token(subject, Org));

    /// <summary>The subject of the member holding a role in this scenario.</summary>
    public static string SubjectFor(ProjectRole role) => role switch
    {
        ProjectRole.ProjectManager => "pm",
        ProjectRole.Producer => "producer",
        ProjectRole.CreativeLead => "creative",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}

/// <summary>A project client for tests that build their own org.</summary>
public sealed record ProjectScenarioClients(ProjectService.ProjectServiceClient Projects);
