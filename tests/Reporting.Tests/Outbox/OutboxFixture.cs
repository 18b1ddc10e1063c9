using System.Collections.Concurrent;
using System.Diagnostics;
using Crewline.BuildingBlocks.Outbox;
using Crewline.Contracts;
using Crewline.Contracts.Events;
using Crewline.Reporting.Infrastructure;
using Crewline.TestSupport;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Crewline.Reporting.Tests.Outbox;

/// <summary>
/// Two reporting service instances on ONE database (two outbox dispatchers side by side, as two
/// replicas would run), on servers of their own, with fast outbox retries (3 attempts, 50 ms
/// doubling back-off) and every span they would export collected in <see cref="Spans"/>.
/// </summary>
public sealed class OutboxFixture : IAsyncLifetime
{
    public const int MaxAttempts = 3;

    private static readonly Dictionary<string, string?> FastOutbox = new()
    {
        ["Outbox:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Outbox:FirstRetryDelay"] = "00:00:00.050",
        ["Outbox:MaxRetryDelay"] = "00:00:00.200",
        ["Outbox:PollInterval"] = "00:00:00.100",
        ["Outbox:BatchSize"] = "20",
        // Every trace recorded (the default samples one in ten): the tracing tests count spans.
        ["Telemetry:TraceSampleRatio"] = "1",
    };

    public LocalPostgres Postgres { get; } = new();
    public LocalRabbitMq RabbitMq { get; } = new();
    public SpanCollector Spans { get; } = new();

    /// <summary>The virtual host both instances share (replicas of one service share their broker and database).</summary>
    public Uri Broker { get; private set; } = null!;

    /// <summary>The first instance; its database is the one both use.</summary>
    public TracedServiceFactory First { get; private set; } = null!;
    public TracedServiceFactory Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Postgres.StartAsync(), RabbitMq.StartAsync());
        Broker = await RabbitMq.CreateVirtualHostAsync("outbox-replicas");
        First = await StartAsync(new TracedServiceFactory(Postgres, Broker, Spans, FastOutbox));
        Second = await StartAsync(new TracedServiceFactory(Postgres, Broker, Spans,
            new Dictionary<string, string?>(FastOutbox) { [$"ConnectionStrings:{ResourceNames.ReportingDb}"] = First.DatabaseConnectionString }));
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (Second is not null) await Second.DisposeAsync();
            if (First is not null) await First.DisposeAsync();
        }
        finally
        {
            await Task.WhenAll(Postgres.DisposeAsync().AsTask(), RabbitMq.DisposeAsync().AsTask());
        }
    }

    /// <summary>Commits one event through the outbox of <paramref name="host"/> (as a handler does) and wakes its dispatcher.</summary>
    public static Task EnqueueAsync(TracedServiceFactory host, object @event) => host.InScopeAsync(null, async sp =>
    {
        var outbox = sp.GetRequiredService<EventOutbox>();
        outbox.Enqueue(@event);
        await sp.GetRequiredService<ReportingDbContext>().SaveChangesAsync();
        outbox.NotifyCommitted();
        return 0;
    });

    /// <summary>Stores a row as given (a poison row, a dead row, an old row).</summary>
    public Task AddRowAsync(OutboxMessage row) => First.InScopeAsync(null, async sp =>
    {
        var db = sp.GetRequiredService<ReportingDbContext>();
        db.OutboxMessages.Add(row);
        return await db.SaveChangesAsync();
    });

    public Task<List<OutboxMessage>> RowsAsync(Func<IQueryable<OutboxMessage>, IQueryable<OutboxMessage>> filter) => First.InScopeAsync(null, sp =>
        filter(sp.GetRequiredService<ReportingDbContext>().OutboxMessages.AsNoTracking()).ToListAsync());

    public Task<OutboxMessage?> RowAsync(Guid id) => First.InScopeAsync(null, sp =>
        sp.GetRequiredService<ReportingDbContext>().OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id));

    private static async Task<TracedServiceFactory> StartAsync(TracedServiceFactory factory)
    {
        _ = factory.Server;
        var health = await factory.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(90));
        if (health != BusHealthStatus.Healthy) throw new InvalidOperationException($"The service's bus did not become healthy: {health}.");
        return factory;
    }
}

/// <summary>A reporting service whose tracer provider also hands every finished span to a <see cref="SpanCollector"/>.</summary>
public sealed class TracedServiceFactory(LocalPostgres postgres, Uri broker, SpanCollector spans, IReadOnlyDictionary<string, string?> settings)
    : ServiceFactory<Program>(postgres, broker, ResourceNames.ReportingDb, settings)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(spans)));
    }
}

/// <summary>The spans a service would export (recorded, ended), in the order they ended.</summary>
public sealed class SpanCollector : BaseProcessor<Activity>
{
    private readonly ConcurrentQueue<Activity> _ended = new();

    public IReadOnlyList<Activity> Ended => [.. _ended];

    public override void OnEnd(Activity data)
    {
        if (data.Recorded) _ended.Enqueue(data);
    }
}

[CollectionDefinition(Name)]
public sealed class OutboxCollection : ICollectionFixture<OutboxFixture>
{
    public const string Name = "two reporting instances on one database, fast outbox retries";
}

/// <summary>An event of the tests' own, published through the outbox; <see cref="Seq"/> numbers one project's events in commit order.</summary>
public sealed record OrderedProbeEvent(Guid OrgId, Guid ProjectId, int Seq) : IOrgEvent;
