using Crewline.BuildingBlocks.Membership;
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
    /// <summary>The people <see cref="KnownProjectAsync"/> puts on every project as SPOC candidates: subject → project role.</summary>
    public static readonly IReadOnlyDictionary<string, string> Cast = new Dictionary<string, string>
    {
        ["producer-sam"] = MembershipNames.Producer,
        ["producer-kim"] = MembershipNames.Producer,
        ["pm-alex"] = MembershipNames.ProjectManager,
    };

    public const string InboundSecret = "test-inbound-signing-secret";

    private MembershipSeeder<Program>? _members;

    /// <summary>The SMTP relay the service sends to: the capture server, in this process.</summary>
    public LocalSmtpCapture Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?> ServiceSettings => new Dictionary<string, string?>
    {
        ["ClientComms:Mail:Smtp:Host"] = "127.0.0.1",
        ["ClientComms:Mail:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ClientComms:Mail:Smtp:Timeout"] = "00:00:05",
        ["ClientComms:Mail:Delivery:PollInterval"] = "00:00:00.200",
        ["ClientComms:Mail:Delivery:Lease"] = "00:00:15",
        ["ClientComms:Mail:Delivery:MaxAttempts"] = "15",
        ["ClientComms:Mail:Delivery:RetryBaseDelay"] = "00:00:00.100",
        ["ClientComms:Mail:Delivery:RetryMaxDelay"] = "00:00:00.300",
        ["ClientComms:Inbound:SigningSecret"] = InboundSecret,
    };

    public override async Task InitializeAsync()
    {
        await Smtp.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        try { await base.DisposeAsync(); }
        finally { await Smtp.DisposeAsync(); }
    }
    private Task<AccessWorld>? _accessWorld;

    public IBus Bus => Service.Services.GetRequiredService<IBus>();

    /// <summary>Publishes Ownership's people, projects and roles to the service, as Ownership would.</summary>
    public MembershipSeeder<Program> Members => _members ??= new MembershipSeeder<Program>(Service);

    /// <summary>The project and callers of the access matrix, built once.</summary>
    public Task<AccessWorld> AccessWorldAsync() =>
        LazyInitializer.EnsureInitialized(ref _accessWorld, () => AccessWorld.BuildAsync(Service, Members, org => PublishProjectAsync(NewProjectCreated(org))));

    public ClientCommsService.ClientCommsServiceClient Client(string? token) => new(Service.CreateChannel(token));

    /// <summary>
    /// A caller in a fresh org (so every test sees only its own rows) and a client acting as that
    /// caller; <see cref="KnownProjectAsync"/> makes the caller a person of the org and the project's PM and producer.
    /// </summary>
    public (Guid Org, ClientCommsService.ClientCommsServiceClient Client) NewOrgCaller(string subject = "pm-alex")
    {
        var org = Guid.NewGuid();
        Members.PersonIdOf(org, subject);
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

    /// <summary>
    /// A project of <paramref name="org"/> the service knows, with the org's callers (<see cref="NewOrgCaller"/>)
    /// as its PM and producer and the <see cref="Cast"/> on it in their roles.
    /// </summary>
    public async Task<Guid> KnownProjectAsync(Guid org, ProjectType type = ProjectType.Film)
    {
        var project = await PublishProjectAsync(NewProjectCreated(org, type));
        foreach (var subject in Members.SubjectsOf(org).Where(s => !Cast.ContainsKey(s)))
            await Members.MemberAsync(org, project, subject, MembershipNames.ProjectManager, MembershipNames.Producer);
        foreach (var (subject, role) in Cast)
            await Members.MemberAsync(org, project, subject, role);
        return project;
    }

    /// <summary>The known-project rows of an org, read with the org set (as the service reads them).</summary>
    public Task<List<KnownProject>> KnownProjectsOfAsync(Guid org) => Service.InScopeAsync(org, sp =>
        sp.GetRequiredService<ClientCommsDbContext>().Set<KnownProject>().AsNoTracking().ToListAsync());

    /// <summary>Every message of an org with its briefings and deliveries.</summary>
    public Task<List<Domain.Messages.ClientMessage>> MessagesOfAsync(Guid org) => Service.InScopeAsync(org, sp =>
        sp.GetRequiredService<ClientCommsDbContext>().Messages.AsNoTracking().Include(m => m.Briefings).Include(m => m.Deliveries).ToListAsync());

    /// <summary>The change orders an org's projects hold for want of a SPOC.</summary>
    public Task<List<Domain.Messages.HeldChangeOrder>> HeldChangeOrdersOfAsync(Guid org) => Service.InScopeAsync(org, sp =>
        sp.GetRequiredService<ClientCommsDbContext>().HeldChangeOrders.AsNoTracking().ToListAsync());

    /// <summary>Every delivery row of an org.</summary>
    public Task<List<Domain.Messages.Delivery>> DeliveriesOfAsync(Guid org) => Service.InScopeAsync(org, sp =>
        sp.GetRequiredService<ClientCommsDbContext>().Deliveries.AsNoTracking().ToListAsync());

    /// <summary>The message types in an org's outbox, oldest first (short names).</summary>
    public async Task<List<string>> OutboxTypesOfAsync(Guid org) =>
        (await OutboxOfAsync(org)).Select(m => m.MessageType.Split(',')[0].Split('.')[^1]).ToList();

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
