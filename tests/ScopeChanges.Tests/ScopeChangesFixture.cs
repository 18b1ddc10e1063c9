using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.ProjectRegistry;
using Crewline.Contracts;
using Crewline.Contracts.Events.Ownership;
using Crewline.Contracts.Ownership.V1;
using Crewline.Contracts.ScopeChanges.V1;
using Crewline.ScopeChanges.Infrastructure;
using Crewline.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.ScopeChanges.Tests;

/// <summary>
/// One PostgreSQL server, one RabbitMQ node and ONE scope changes service for the whole assembly:
/// a second instance on the same broker would compete for the same known-project queue.
/// Tests stay apart by using fresh orgs.
/// </summary>
public sealed class ScopeChangesFixture() : ServiceFixture<Program>(ResourceNames.ScopeChangesDb)
{
    private MembershipSeeder<Program>? _members;
    private Task<AccessWorld>? _accessWorld;

    public IBus Bus => Service.Services.GetRequiredService<IBus>();

    /// <summary>Publishes Ownership's people, projects and roles to the service, as Ownership would.</summary>
    public MembershipSeeder<Program> Members => _members ??= new MembershipSeeder<Program>(Service);

    /// <summary>The project and callers of the access matrix, built once.</summary>
    public Task<AccessWorld> AccessWorldAsync() =>
        LazyInitializer.EnsureInitialized(ref _accessWorld, () => AccessWorld.BuildAsync(Service, Members, org => PublishProjectAsync(NewProjectCreated(org))));

    public ScopeChangeService.ScopeChangeServiceClient Client(string? token) => new(Service.CreateChannel(token));

    /// <summary>A project of a fresh org with a PM, a producer, a creative lead and an org member not on it.</summary>
    public Task<Workflow.WorkflowProject> NewWorkflowProjectAsync() => Workflow.WorkflowProject.CreateAsync(Service, Members);

    /// <summary>
    /// A caller in a fresh org (so every test sees only its own rows) and a client acting as that
    /// caller; <see cref="KnownProjectAsync"/> makes the caller a person of the org and the project's PM and producer.
    /// </summary>
    public (Guid Org, ScopeChangeService.ScopeChangeServiceClient Client) NewOrgCaller(string subject = "pm-alex")
    {
        var org = Guid.NewGuid();
        Members.PersonIdOf(org, subject);
        return (org, Client(Service.TokenFor(subject, org)));
    }

    public static ProjectCreated NewProjectCreated(Guid org, ProjectType type = ProjectType.CampaignDevelopment, string name = "Summer campaign") =>
        new(org, NewId.NextGuid(), name, ProjectTypes.ContractName(type), "pm-alex", new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero));

    /// <summary>Publishes ProjectCreated through the service's own bus (as the ownership outbox would) and waits until the project is known.</summary>
    public async Task<Guid> PublishProjectAsync(ProjectCreated created)
    {
        await Bus.Publish(created);
        await Eventually.Until(async () => (await KnownProjectsOfAsync(created.OrgId)).Any(p => p.ProjectId == created.ProjectId));
        return created.ProjectId;
    }

    /// <summary>A project of <paramref name="org"/> the service knows, with the org's callers (<see cref="NewOrgCaller"/>) as its PM and producer.</summary>
    public async Task<Guid> KnownProjectAsync(Guid org)
    {
        var project = await PublishProjectAsync(NewProjectCreated(org));
        foreach (var subject in Members.SubjectsOf(org))
            await Members.MemberAsync(org, project, subject, MembershipNames.ProjectManager, MembershipNames.Producer);
        return project;
    }

    /// <summary>The known-project rows of an org, read with the org set (as the service reads them).</summary>
    public Task<List<KnownProject>> KnownProjectsOfAsync(Guid org) => Service.InScopeAsync(org, sp =>
        sp.GetRequiredService<ScopeChangesDbContext>().Set<KnownProject>().AsNoTracking().ToListAsync());

    /// <summary>Every change request row of an org.</summary>
    public Task<List<Domain.ChangeRequest>> ChangeRequestsOfAsync(Guid org) => Service.InScopeAsync(org, sp =>
        sp.GetRequiredService<ScopeChangesDbContext>().ChangeRequests.AsNoTracking().ToListAsync());

    /// <summary>Every outbox row carrying an event of an org, oldest first.</summary>
    public Task<List<OutboxMessage>> OutboxOfAsync(Guid org) => Service.InScopeAsync(null, sp =>
        sp.GetRequiredService<ScopeChangesDbContext>().OutboxMessages.AsNoTracking().Where(m => m.OrgId == org).OrderBy(m => m.Sequence).ToListAsync());
}

[CollectionDefinition(Name)]
public sealed class ScopeChangesCollection : ICollectionFixture<ScopeChangesFixture>
{
    public const string Name = "scope changes service on real PostgreSQL and RabbitMQ";
}
