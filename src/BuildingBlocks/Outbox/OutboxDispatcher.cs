using System.Text.Json;
using Crewline.BuildingBlocks.Persistence;
using Crewline.BuildingBlocks.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crewline.BuildingBlocks.Outbox;

/// <summary>
/// Publishes committed outbox events to the bus, oldest first, and marks each one dispatched
/// only after the broker confirmed it. A failed pass (broker down, timeout) leaves the events
/// pending and is retried with back-off, so nothing committed is lost. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so several replicas can dispatch side by side.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    OutboxOptions options,
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
                var published = await DispatchPassAsync(stoppingToken);
                backoff = TimeSpan.Zero;
                if (published < options.BatchSize) await signal.WaitAsync(options.PollInterval, stoppingToken);
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

    /// <summary>Publishes one batch of pending events; returns how many were published.</summary>
    public async Task<int> DispatchPassAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var batch = await db.OutboxMessages
            .FromSql($"SELECT * FROM outbox_messages WHERE dispatched_at IS NULL AND (not_before IS NULL OR not_before <= {clock.GetUtcNow()}) ORDER BY sequence LIMIT {options.BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (batch.Count == 0) return 0;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.PublishTimeout);
        var results = await Task.WhenAll(batch.Select(m => PublishAsync(m, timeout.Token)));

        var now = clock.GetUtcNow();
        foreach (var (message, error) in batch.Zip(results))
        {
            message.Attempts++;
            if (error is null) message.DispatchedAt = now;
            else message.LastError = error.Length > 2000 ? error[..2000] : error;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var failed = results.Count(r => r is not null);
        if (failed > 0) throw new InvalidOperationException($"{failed} of {batch.Count} outbox events could not be published: {results.First(r => r is not null)}");
        return batch.Count;
    }

    private async Task<string?> PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var type = MessageTypeNames.Resolve(message.MessageType);
            var payload = JsonSerializer.Deserialize(message.Payload, type, EventOutbox.Json)!;
            if (message.Destination is null)
            {
                await bus.Publish(payload, type, ctx => ctx.MessageId = message.BusMessageId, cancellationToken);
                return null;
            }
            var endpoint = await bus.GetSendEndpoint(new Uri(message.Destination));
            await endpoint.Send(payload, type, ctx =>
            {
                ctx.MessageId = message.BusMessageId;
                ctx.Headers.Set(RedeliveryConsumeFilter<object>.CountHeader, message.RedeliveryCount);
            }, cancellationToken);
            return null;
        }
        catch (Exception ex)
        {
            return ex.Message;
        }
    }
}
