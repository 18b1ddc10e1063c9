using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Domain.Roles;
using Crewline.Ownership.Features.Access;
using Crewline.ServiceDefaults.Auth;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using DomainProject = Crewline.Ownership.Domain.Project;
using DomainProjectType = Crewline.Ownership.Domain.ProjectType;
using IndustryPreset = Crewline.Ownership.Domain.Orgs.IndustryPreset;

using ProjectRole = Crewline.Ownership.Domain.Roles.ProjectRole;
using Hierarchy = Crewline.Ownership.Domain.Roles.Hierarchy;

namespace Crewline.Ownership.Tests.Decisions;

/// <summary>
/// The ownership service of the collection (same database, PostgreSQL and RabbitMQ) with
/// <see cref="TestProjectAccess"/> registered, shared by the decision and crisis tests. Disposed
/// with the fixture's service (a derived factory is disposed by its parent).
/// </summary>
public static class DecisionsHost
{
    private static readonly Lock Gate = new();
    private static WebApplicationFactory<Program>? _host;
    private static OwnershipFixture? _fixture;

    public static TestProjectAccess Access { get; } = new();

    public static WebApplicationFactory<Program> For(OwnershipFixture fixture)
    {
        lock (Gate)
        {
            if (_host is null || !ReferenceEquals(_fixture, fixture))
            {
                _fixture = fixture;
                _host = fixture.Service.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IProjectAccess>(Access)));
                _ = _host.Server;
            }
            return _host;
        }
    }

    /// <summary>A project in a fresh org with a PM, a producer, a creative lead and a head of production, each a client.</summary>
    public static TestProject NewProject(
        OwnershipFixture fixture, IndustryPreset preset = IndustryPreset.Advertising, Hierarchy hierarchy = Hierarchy.Peers, bool bothHats = false)
    {
        var host = For(fixture);
        var org = Guid.NewGuid();
        var project = DomainProject.Create(Guid.NewGuid(), org, "Spring launch", DomainProjectType.CommercialProduction, "creator",
            DateTimeOffset.UtcNow, preset);
        var pm = Guid.NewGuid();
        var producer = bothHats ? pm : Guid.NewGuid();
        var creativeLead = Guid.NewGuid();
        var leader = Guid.NewGuid();
        project.AddMember(pm, ProjectRole.ProjectManager);
        project.AddMember(producer, ProjectRole.Producer);
        project.AddMember(creativeLead, ProjectRole.CreativeLead);
        project.AddMember(leader, ProjectRole.Leadership);
        if (hierarchy != Hierarchy.Undeclared) project.DeclareHierarchy(hierarchy, pm);
        var people = new Dictionary<string, Guid>
        {
            ["pm"] = pm, ["producer"] = producer, ["creative-lead"] = creativeLead, ["leader"] = leader,
        };
        Access.Register(project, people);
        return new TestProject(host, org, project, pm, producer, creativeLead, leader);
    }
}

/// <summary>A registered project and clients acting as its members (or anyone else of its org, or another org).</summary>
public sealed record TestProject(
    WebApplicationFactory<Program> Host, Guid Org, DomainProject Project, Guid Pm, Guid Producer, Guid CreativeLead, Guid Leader)
{
    public string Id => Project.Id.ToString();

    public DecisionService.DecisionServiceClient Decisions(string subject, Guid? org = null) => new(Channel(subject, org));

    public CrisisService.CrisisServiceClient Crises(string subject, Guid? org = null) => new(Channel(subject, org));

    private GrpcChannel Channel(string subject, Guid? org)
    {
        var token = Host.Services.GetRequiredService<DevTokenIssuer>().Issue(subject, org ?? Org);
        var handler = new BearerHandler(token) { InnerHandler = Host.Server.CreateHandler() };
        return GrpcChannel.ForAddress(Host.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
    }

    private sealed class BearerHandler(string token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
