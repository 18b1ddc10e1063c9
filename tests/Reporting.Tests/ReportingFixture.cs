using System.Collections.Concurrent;
using Crewline.BuildingBlocks.Inbox;
using Crewline.Contracts;
using Crewline.Contracts.Events.Ownership;
using Crewline.Contracts.Reporting.V1;
using Crewline.Reporting.Infrastructure;
using Crewline.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Reporting.Tests;

/// <summary>
/// One PostgreSQL server, one RabbitMQ node and one reporting service (on a virtual host of its
/// own) for the whole assembly. Tests stay apart by using fresh orgs.
/// </summary>
public sealed class ReportingFixture() : ServiceFixture<Program>(ResourceNames.ReportingDb)
{
    private ReceivedMessages? _received;
    private MembershipSeeder<Program>? _members;
    private Task<AccessWorld>? _accessWorld;

    /// <summary>Publishes Ownership's people, projects and roles to the service, as Ownership would.</summary>
    public MembershipSeeder<Program> Members => _members ??= new MembershipSeeder<Program>(Service);

    /// <summary>The project and callers of the access matrix, built once (the project is in the reporting view too).</summary>
    public Task<AccessWorld> AccessWorldAsync() =>
        LazyInitializer.EnsureInitialized(ref _accessWorld, () => AccessWorld.BuildAsync(Service, Members, async org =>
        {
            var created = NewProjectCreated(org);
            await PublishAndWaitAsync(created);
            return created.ProjectId;
        }));

    public IBus Bus => Service.Services.GetRequiredService<IBus>();

    /// <summary>Every message the service's bus has finished receiving (handled, skipped or faulted), by message id.</summary>
    public ReceivedMessages Received => _received ?? throw new InvalidOperationException("The fixture is not started.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _received = new ReceivedMessages();
        Bus.ConnectReceiveObserver(_received);
    }

    public ReportingService.ReportingServiceClient Client(string? token) => new(Service.CreateChannel(token));

    /// <summary>A caller in a fresh org, an admin of it as the replica knows (an ops lead reads the whole portfolio), and a client acting as them.</summary>
    public async Task<(Guid Org, ReportingService.ReportingServiceClient Client)> NewOrgCallerAsync(string subject = "ops-lee")
    {
        var org = Guid.NewGuid();
        await Members.PersonAsync(org, subject, admin: true);
        return (org, Client(Service.TokenFor(subject, org)));
    }

    public static ProjectCreated NewProjectCreated(Guid org, string name = "Spring spot", DateTimeOffset? createdAt = null) =>
        new(org, NewId.NextGuid(), name, "PROJECT_TYPE_FILM", "pm-alex",
            createdAt ?? new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero));

    /// <summary>Publishes through the service's own bus (as the ownership outbox would) and waits until the service has received it.</summary>
    public async Task<Guid> PublishAndWaitAsync(ProjectCreated message, Guid? messageId = null)
    {
        var id = messageId ?? NewId.NextGuid();
        var before = Received.Count(id);
        await Bus.Publish(message, ctx => ctx.MessageId = id);
        await Eventually.Until(() => Task.FromResult(Received.Count(id) > before));
        return id;
    }

    public Task<List<Domain.ProjectSummary>> SummariesOfAsync(Guid org) => Service.InScopeAsync(org, sp =>
        sp.GetRequiredService<ReportingDbContext>().ProjectSummaries.AsNoTracking().ToListAsync());

    public Task<int?> ProjectCountOfAsync(Guid org) => Service.InScopeAsync(org, async sp =>
        (await sp.GetRequiredService<ReportingDbContext>().Portfolios.AsNoTracking().SingleOrDefaultAsync())?.ProjectCount);

    public Task<List<InboxMessage>> InboxRowsAsync(params Guid[] messageIds) => Service.InScopeAsync(null, sp =>
        sp.GetRequiredService<ReportingDbContext>().InboxMessages.AsNoTracking().Where(m => messageIds.Contains(m.MessageId)).ToListAsync());
}

/// <summary>Counts, per message id, the deliveries the bus finished receiving, and keeps their faults.</summary>
public sealed class ReceivedMessages : IReceiveObserver
{
    private readonly ConcurrentDictionary<Guid, int> _counts = new();
    private readonly ConcurrentDictionary<Guid, Uri> _inputAddresses = new();

    public ConcurrentQueue<(Guid? MessageId, Exception Error)> Faults { get; } = new();

    public int Count(Guid messageId) => _counts.GetValueOrDefault(messageId);

    /// <summary>The address of the queue the message was received from.</summary>
    public Uri InputAddress(Guid messageId) => _inputAddresses[messageId];

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context)
    {
        Done(context);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class
    {
        Faults.Enqueue((context.MessageId, exception));
        return Task.CompletedTask;
    }

    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        Faults.Enqueue((context.GetMessageId(), exception));
        Done(context);
        return Task.CompletedTask;
    }

    private void Done(ReceiveContext context)
    {
        if (context.GetMessageId() is not { } id) return;
        _inputAddresses[id] = context.InputAddress;
        _counts.AddOrUpdate(id, 1, (_, n) => n + 1);
    }
}

[CollectionDefinition(Name)]
public sealed class ReportingCollection : ICollectionFixture<ReportingFixture>
{
    public const string Name = "reporting service on real PostgreSQL and RabbitMQ";
}
