using System.Linq.Expressions;
using Crewline.BuildingBlocks.Outbox;
using Crewline.Contracts;
using Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Infrastructure;
using Crewline.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Ownership.Tests;

/// <summary>One PostgreSQL server, one RabbitMQ node and one ownership service for the whole assembly.</summary>
public sealed class OwnershipFixture() : ServiceFixture<Program>(ResourceNames.OwnershipDb)
{
    /// <summary>
    /// Redeliveries a few seconds apart (a message about a project not known yet is retried soon) and
    /// an overdue-invoice scan every half second (the ledger tests wait for its notices).
    /// </summary>
    protected override IReadOnlyDictionary<string, string?> ServiceSettings => new Dictionary<string, string?>
    {
        ["Messaging:Redelivery:Intervals:0"] = "00:00:02",
        ["Messaging:Redelivery:Intervals:1"] = "00:00:04",
        ["Messaging:Redelivery:Intervals:2"] = "00:00:08",
        ["Ledger:OverdueScan:Interval"] = "00:00:00.500",
    };

    public OwnershipService.OwnershipServiceClient Client(string? token, ServiceFactory<Program>? service = null) =>
        new((service ?? Service).CreateChannel(token));

    /// <summary>A caller in a fresh org (so every test sees only its own rows) and a client acting as that caller.</summary>
    public (Guid Org, OwnershipService.OwnershipServiceClient Client) NewOrgCaller(string subject = "pm-alex", ServiceFactory<Program>? service = null)
    {
        var org = Guid.NewGuid();
        return (org, Client((service ?? Service).TokenFor(subject, org), service));
    }

    /// <summary>Every project row of an org, read past the org filter.</summary>
    public Task<List<Domain.Project>> ProjectsOfAsync(Guid org, ServiceFactory<Program>? service = null) =>
        ProjectsAsync(p => p.OrgId == org, service);

    /// <summary>Every project row matching <paramref name="filter"/>, of any org.</summary>
    public Task<List<Domain.Project>> ProjectsAsync(Expression<Func<Domain.Project, bool>> filter, ServiceFactory<Program>? service = null) =>
        ProjectsAsync(service ?? Service, filter);

    /// <summary>Every outbox row carrying an event of an org, oldest first.</summary>
    public Task<List<OutboxMessage>> OutboxOfAsync(Guid org, ServiceFactory<Program>? service = null) => OutboxRowsAsync(service ?? Service, org);

    public static Task<List<Domain.Project>> ProjectsAsync(ServiceFactory<Program> service, Expression<Func<Domain.Project, bool>> filter) =>
        service.InScopeAsync(null, sp =>
            sp.GetRequiredService<OwnershipDbContext>().Projects.IgnoreQueryFilters().AsNoTracking().Where(filter).ToListAsync());

    public static Task<List<OutboxMessage>> OutboxRowsAsync(ServiceFactory<Program> service, Guid org) =>
        service.InScopeAsync(null, sp =>
            sp.GetRequiredService<OwnershipDbContext>().OutboxMessages.AsNoTracking().Where(m => m.OrgId == org).OrderBy(m => m.Sequence).ToListAsync());
}

[CollectionDefinition(Name)]
public sealed class OwnershipCollection : ICollectionFixture<OwnershipFixture>
{
    public const string Name = "ownership service on real PostgreSQL and RabbitMQ";
}
