using System.Diagnostics.Metrics;
using Crewline.BuildingBlocks.Persistence;
using Crewline.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;

namespace Crewline.BuildingBlocks.Messaging;

/// <summary>
/// The outbox and inbox instruments on the Crewline meter. The gauges read one snapshot of the
/// outbox table (one query, cached for <see cref="SnapshotLifetime"/>, outside any trace), so a
/// metrics collection costs at most one small query and makes no span.
/// </summary>
public sealed class MessagingMetrics
{
    public const string Pending = "crewline.outbox.pending";
    public const string OldestPendingAge = "crewline.outbox.oldest_pending_age";
    public const string Dead = "crewline.outbox.dead";
    public const string Published = "crewline.outbox.published";
    public const string PublishFailures = "crewline.outbox.publish_failures";
    public const string DeadLettered = "crewline.outbox.dead_lettered";
    public const string InboxDuplicates = "crewline.inbox.duplicates_skipped";

    public static readonly TimeSpan SnapshotLifetime = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<MessagingMetrics> _logger;
    private readonly Counter<long> _published;
    private readonly Counter<long> _publishFailures;
    private readonly Counter<long> _deadLettered;
    private readonly Counter<long> _inboxDuplicates;
    private readonly Lock _gate = new();
    private OutboxSnapshot? _snapshot;

    public MessagingMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock, ILogger<MessagingMetrics> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _logger = logger;
        var meter = meters.Create(TelemetrySetup.CrewlineSource);
        _published = meter.CreateCounter<long>(Published, "{message}", "Outbox messages published to the broker (confirmed).");
        _publishFailures = meter.CreateCounter<long>(PublishFailures, "{attempt}", "Failed attempts to publish an outbox message.");
        _deadLettered = meter.CreateCounter<long>(DeadLettered, "{message}", "Outbox messages that ran out of attempts and went dead.");
        _inboxDuplicates = meter.CreateCounter<long>(InboxDuplicates, "{message}", "Messages a consumer had already handled, acknowledged without running it again.");
        meter.CreateObservableGauge(Pending, () => Snapshot()?.Pending ?? 0, "{message}",
            "Outbox rows waiting to be published (events and scheduled redeliveries; dead rows excluded).");
        meter.CreateObservableGauge(OldestPendingAge, () => Snapshot()?.OldestPendingAgeSeconds ?? 0, "s",
            "Age of the oldest event waiting to be published (0 when none; redeliveries wait on purpose and are left out).");
        meter.CreateObservableGauge(Dead, () => Snapshot()?.Dead ?? 0, "{message}",
            "Outbox rows that ran out of attempts and wait to be re-queued by an operator.");
    }

    public void RecordPublished(string messageType) => _published.Add(1, new KeyValuePair<string, object?>("messaging.message.type", messageType));

    public void RecordPublishFailure(string messageType) => _publishFailures.Add(1, new KeyValuePair<string, object?>("messaging.message.type", messageType));

    public void RecordDead(string messageType) => _deadLettered.Add(1, new KeyValuePair<string, object?>("messaging.message.type", messageType));

    public void RecordInboxDuplicate(string consumer) => _inboxDuplicates.Add(1, new KeyValuePair<string, object?>("messaging.consumer", consumer));

    private OutboxSnapshot? Snapshot()
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (_snapshot is { } fresh && now - fresh.TakenAt < SnapshotLifetime) return fresh;
            try
            {
                _snapshot = Read(now);
            }
            catch (Exception ex)
            {
                _logger.LogDebug("Outbox metrics could not be read: {Message}", ex.Message);
                _snapshot = null;
            }
            return _snapshot;
        }
    }

    private OutboxSnapshot Read(DateTimeOffset now)
    {
        using var noSpans = SuppressInstrumentationScope.Begin();
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var connection = db.Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*) FILTER (WHERE dead_at IS NULL),
                   min(occurred_at) FILTER (WHERE dead_at IS NULL AND destination IS NULL),
                   count(*) FILTER (WHERE dead_at IS NOT NULL)
            FROM outbox_messages WHERE dispatched_at IS NULL
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        var oldest = reader.IsDBNull(1) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(1);
        return new OutboxSnapshot(now, reader.GetInt64(0), oldest is { } o ? Math.Max(0, (now - o).TotalSeconds) : 0, reader.GetInt64(2));
    }

    private sealed record OutboxSnapshot(DateTimeOffset TakenAt, long Pending, double OldestPendingAgeSeconds, long Dead);
}
