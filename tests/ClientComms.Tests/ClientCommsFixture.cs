using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.ProjectRegistry;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts;
using Crewline.Contracts.ClientComms.V1;
using Crewline.Contracts.Events.Ownership;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.ClientComms.Tests;

/// <summary>
/// One PostgreSQL server, one RabbitMQ node and ONE client comms service for the whole assembly:
/// a second instance on the same broker would compete for the same known-project queue.
/// Tests stay apart by using fresh orgs.
/// </summary>
public sealed class ClientCommsFixture() : ServiceFixture<Program>(ResourceNames.ClientCommsDb)
{
    public IBus Bus => Service.Services.GetRequiredService<IBus>();

    public ClientCommsService.ClientCommsServiceClient Client(string? token) => new(Service.CreateChannel(token));

    /// <summary>A caller in a fresh org (so every test sees only its own rows) and a client acting as that caller.</summary>
    public (Guid Org, ClientCommsService.ClientCommsServiceClient Client) NewOrgCaller(string subject = "pm-alex")
    {
        var org = Guid.NewGuid();
        return (org, Client(Service.TokenFor(subject, org)));
    }

    public static ProjectCreated NewProjectCreated(Guid org, ProjectType type = ProjectType.Film, string name = "Spring spot") =>
        NewProjectCreated(org, ProjectTypes.ContractName(type), name);

    public static ProjectCreated NewProjectCreated(Guid org, string projectType, string name) =>
        new(org, NewId.NextGuid(), name, projectType, "pm-alex", new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero));

    /// <summary>Publishes ProjectCreated through the service's own bus (as the ownership outbox would) and waits until the project is known.</summary>
    public async Task<Guid> PublishProjectAsync(ProjectCreated created)
    {
        await Bus.Publish(created);
        await Eventually.Until(async () => (await KnownProjectsOfAsync(created.OrgId)).Any(p => p.ProjectId == created.ProjectId));
        return created.ProjectId;
    }

    /// <summary>A project of <paramref name="org"/> the service knows.</summary>
    public Task<Guid> KnownProjectAsync(Guid org, ProjectType type = ProjectType.Film) =>
        PublishProjectAsync(NewProjectCreated(org, type));

    /// <summary>The known-project rows of an org, read with the org set (as the service reads them).</summary>
    public Task<List<KnownProject>> KnownProjectsOfAsync(Guid org) => Service.InScopeAsync(org, sp =>
        sp.GetRequiredService<ClientCommsDbContext>().Set<KnownProject>().AsNoTracking().ToListAsync());

    /// <summary>Every SPOC row of an org.</summary>
    public Task<List<Domain.Spoc>> SpocsOfAsync(Guid org) => Service.InScopeAsync(org, sp =>
        sp.GetRequiredService<ClientCommsDbContext>().Spocs.AsNoTracking().ToListAsync());

    /// <summary>Every outbox row carrying an event of an org, oldest first.</summary>
    public Task<List<OutboxMessage>> OutboxOfAsync(Guid org) => Service.InScopeAsync(null, sp =>
        sp.GetRequiredService<ClientCommsDbContext>().OutboxMessages.AsNoTracking().Where(m => m.OrgId == org).OrderBy(m => m.Sequence).ToListAsync());
}

[CollectionDefinition(Name)]
public sealed class ClientCommsCollection : ICollectionFixture<ClientCommsFixture>
{
    public const string Name = "client comms service on real PostgreSQL and RabbitMQ";
}
