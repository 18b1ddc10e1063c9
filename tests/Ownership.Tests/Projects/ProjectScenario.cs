using System.Collections.Concurrent;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Kickoff;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using DomainRole = Crewline.Ownership.Domain.Roles.ProjectRole;

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

    public ProjectService.ProjectServiceClient Projects(string subject) => new(_channel(_token(subject, Org)));
    public OrgService.OrgServiceClient Orgs(string subject) => new(_channel(_token(subject, Org)));
    public OwnershipService.OwnershipServiceClient Ownership(string subject) => new(_channel(_token(subject, Org)));

    public static Task<ProjectScenario> StartAsync(OwnershipFixture fixture, IndustryPreset preset = IndustryPreset.Advertising) =>
        StartAsync(t => fixture.Service.CreateChannel(t), fixture.Service.TokenFor, preset);

    public static async Task<ProjectScenario> StartAsync(
        Func<string?, GrpcChannel> channel, Func<string, Guid, string> token, IndustryPreset preset = IndustryPreset.Advertising)
    {
        var s = new ProjectScenario(channel, token);
        var orgs = s.Orgs("pm");
        await orgs.ConfigureOrgAsync(new ConfigureOrgRequest { Name = "Northwind Creative", IndustryPreset = preset });
        s.Pm = await orgs.AddPersonAsync(new AddPersonRequest { Name = "Alex PM", Email = "alex@example.com", Subject = "pm" });
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

    /// <summary>The subject of the member holding a role in this scenario.</summary>
    public static string SubjectFor(ProjectRole role) => role switch
    {
        ProjectRole.ProjectManager => "pm",
        ProjectRole.Producer => "producer",
        ProjectRole.CreativeLead => "creative",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}

/// <summary>A stand-in for the plan area: the roles with milestones, set per project by the test.</summary>
public sealed class StubPlanMilestones : IPlanMilestones
{
    public static readonly ConcurrentDictionary<Guid, IReadOnlySet<DomainRole>> Roles = new();

    public Task<IReadOnlySet<DomainRole>> RolesWithMilestonesAsync(Guid projectId, CancellationToken cancellationToken) =>
        Task.FromResult(Roles.GetValueOrDefault(projectId) ?? new HashSet<DomainRole>());
}

/// <summary>The ownership service on the fixture's servers with <see cref="StubPlanMilestones"/> in place of the plan.</summary>
public static class StubbedPlanHost
{
    public static WebApplicationFactory<Program> Start(OwnershipFixture fixture)
    {
        var host = fixture.CreateFactory().WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddScoped<IPlanMilestones, StubPlanMilestones>()));
        _ = host.Server;
        return host;
    }

    public static GrpcChannel Channel(WebApplicationFactory<Program> host, string? token)
    {
        HttpMessageHandler handler = host.Server.CreateHandler();
        if (token is not null) handler = new Bearer(token) { InnerHandler = handler };
        return GrpcChannel.ForAddress(host.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
    }

    private sealed class Bearer(string token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}

/// <summary>A project client for tests that build their own org.</summary>
public sealed record ProjectScenarioClients(ProjectService.ProjectServiceClient Projects);
