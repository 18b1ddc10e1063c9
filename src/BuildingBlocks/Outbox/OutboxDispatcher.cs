using System.Diagnostics;
using System.Text.Json;
using Crewline.BuildingBlocks.Messaging;
using Crewline.BuildingBlocks.Persistence;
using Crewline.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;

namespace Crewline.BuildingBlocks.Outbox;

/// <summary>
/// Publishes committed outbox events to the bus and marks each one dispatched only after the
/// broker confirmed it. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so several replicas
/// dispatch side by side; <see cref="OutboxOrdering"/> keeps each aggregate's events in commit order.
/// A failed row waits (doubling back-off) without holding up other aggregates, and after
/// <see cref="OutboxOptions.MaxAttempts"/> it is dead: logged, counted, kept for an operator to
/// re-queue. While the broker is unreachable nothing is charged to the rows: the dispatcher pauses
/// and tries again. Database work makes no spans; each published row makes one, continuing the
/// trace that enqueued it.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IBusControl bus,
    OutboxSignal signal,
    OutboxOptions options,
    MessagingMetrics metrics,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan MinBackoff = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pass = await DispatchPassAsync(stoppingToken);
                if (pass.BrokerUnreachable) throw new OutboxBrokerUnreachableException(pass.FirstError);
                backoff = TimeSpan.Zero;
                // A commit notified while this pass ran left the signal set, so this wait returns at once and its
                // rows go in the next pass rather than at the poll (OutboxSignalTests).
                if (pass.Published == 0 || pass.Claimed < options.BatchSize) await signal.WaitAsync(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                backoff = backoff == TimeSpan.Zero ? MinBackoff : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, options.MaxBackoff.Ticks));
                logger.LogWarning("Outbox pass failed, retrying in {Backoff}: {Message}", backoff, ex.Message);
                await Task.Delay(backoff, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Publishes what one batch of due rows allows; see <see cref="OutboxPass"/>.</summary>
    public async Task<OutboxPass> DispatchPassAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        await using var transaction = await WithoutSpans(() => db.Database.BeginTransactionAsync(cancellationToken));

        var (claimed, ready) = await WithoutSpans(async () =>
        {
            var due = await db.OutboxMessages
                .FromSql($"SELECT * FROM outbox_messages WHERE dispatched_at IS NULL AND dead_at IS NULL AND (not_before IS NULL OR not_before <= {clock.GetUtcNow()}) ORDER BY sequence LIMIT {options.BatchSize} FOR UPDATE SKIP LOCKED")
                .ToListAsync(cancellationToken);
            return (due.Count, due.Count == 0 ? [] : await OutboxOrdering.ReadyAsync(db, due, cancellationToken));
        });
        if (ready.Count == 0) return new OutboxPass(claimed, 0, 0, false, null);

        // One aggregate's rows one after the other (stopping at its first failure); aggregates side by side.
        var groups = ready.GroupBy(m => m.OrderingKey ?? m.Id.ToString());
        var failures = (await Task.WhenAll(groups.Select(g => PublishInOrderAsync(g, cancellationToken)))).OfType<OutboxMessage>().ToList();

        var now = clock.GetUtcNow();
        var published = ready.Count(m => m.DispatchedAt is not null);
        var brokerUnreachable = failures.Count > 0 && published == 0 && bus.CheckHealth().Status != BusHealthStatus.Healthy;
        foreach (var failed in failures) ChargeFailure(failed, now, brokerUnreachable);

        await WithoutSpans(async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return 0;
        });
        foreach (var message in ready.Where(m => m.DispatchedAt is not null)) metrics.RecordPublished(ShortTypeName(message));
        return new OutboxPass(claimed, published, failures.Count, brokerUnreachable, failures.FirstOrDefault()?.LastError);
    }

    /// <summary>Publishes one aggregate's rows in order; returns the row that failed (the rest stay pending), or null.</summary>
    private async Task<OutboxMessage?> PublishInOrderAsync(IEnumerable<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        foreach (var message in rows)
        {
            var error = await PublishAsync(message, cancellationToken);
            if (error is not null)
            {
                message.LastError = error.Length > OutboxMessageConfiguration.MaxErrorLength ? error[..OutboxMessageConfiguration.MaxErrorLength] : error;
                return message;
            }
            message.DispatchedAt = clock.GetUtcNow();
        }
        return null;
    }

    private void ChargeFailure(OutboxMessage message, DateTimeOffset now, bool brokerUnreachable)
    {
        metrics.RecordPublishFailure(ShortTypeName(message));
        // An outage is not the row's fault: it keeps its attempts and is tried again as soon as the broker answers.
        if (brokerUnreachable) return;
        message.Attempts++;
        if (message.Attempts < options.MaxAttempts)
        {
            message.NotBefore = now + options.RetryDelayAfter(message.Attempts);
            return;
        }
        message.DeadAt = now;
        metrics.RecordDead(ShortTypeName(message));
        logger.LogWarning("Outbox message {MessageId} ({MessageType}, ordering key {OrderingKey}) is dead after {Attempts} failed attempts: {Error}",
            message.BusMessageId, message.MessageType, message.OrderingKey, message.Attempts, message.LastError);
    }

    private async Task<string?> PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var activity = CrewlineActivities.Source.StartActivity(
            $"outbox publish {ShortTypeName(message)}", ActivityKind.Internal, OutboxTraceContext.Restore(message));
        activity?.SetTag("messaging.message.id", message.BusMessageId.ToString());
        activity?.SetTag("crewline.outbox.ordering_key", message.OrderingKey);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.PublishTimeout);
        try
        {
            var type = MessageTypeNames.Resolve(message.MessageType);
            var payload = JsonSerializer.Deserialize(message.Payload, type, EventOutbox.Json)!;
            if (message.Destination is null)
            {
                await bus.Publish(payload, type, ctx => ctx.MessageId = message.BusMessageId, timeout.Token);
                return null;
            }
            var endpoint = await bus.GetSendEndpoint(new Uri(message.Destination));
            await endpoint.Send(payload, type, ctx =>
            {
                ctx.MessageId = message.BusMessageId;
                ctx.Headers.Set(RedeliveryConsumeFilter<object>.CountHeader, message.RedeliveryCount);
            }, timeout.Token);
            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            return ex is OperationCanceledException ? $"The broker did not confirm the publish within {options.PublishTimeout}." : ex.Message;
        }
    }

    /// <summary>"Namespace.Type, Assembly" → "Type".</summary>
    private static string ShortTypeName(OutboxMessage message)
    {
        var fullName = message.MessageType.Split(',', 2)[0];
        return fullName[(fullName.LastIndexOf('.') + 1)..];
    }

    /// <summary>Runs database work with instrumentation suppressed: an empty or held-back pass makes no span.</summary>
    private static async Task<T> WithoutSpans<T>(Func<Task<T>> work)
    {
        using var _ = SuppressInstrumentationScope.Begin();
        return await work();
    }
}

/// <summary>What one dispatch pass did: rows claimed (due, not locked elsewhere), published, failed; whether the broker was unreachable.</summary>
public sealed record OutboxPass(int Claimed, int Published, int Failed, bool BrokerUnreachable, string? FirstError);

internal sealed class OutboxBrokerUnreachableException(string? error)
    : Exception($"the broker is unreachable ({error ?? "no detail"}); no row was charged an attempt");
