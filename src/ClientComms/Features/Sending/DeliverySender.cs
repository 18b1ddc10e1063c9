using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.ClientComms.Domain.Messages;
using Crewline.ClientComms.Infrastructure;
using Crewline.ClientComms.Infrastructure.Mail;
using Crewline.Contracts.Events.ClientComms;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry;

namespace Crewline.ClientComms.Features.Sending;

/// <summary>
/// The background sender: reads due deliveries from the database (so a message waits out an SMTP
/// outage, and a restart loses nothing), claims each copy with a lease, hands it to the relay, and
/// records the outcome with that lease. At least once: a copy whose outcome was never recorded (a
/// crash after the relay accepted it) is sent again when its lease ends, under the same Message-ID.
/// It reads across orgs (<c>IgnoreQueryFilters</c>, no org is set in a background job) and works
/// on each copy in a unit of work acting for the copy's org; up to <see cref="DeliveryOptions.Concurrency"/> copies at once.
/// </summary>
public sealed class DeliverySender(
    IServiceScopeFactory scopes, DeliverySignal signal, MailOptions options, SmtpRelay relay, MimeComposer composer,
    TimeProvider clock, ILogger<DeliverySender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunPassAsync(stoppingToken) == options.Delivery.BatchSize) { }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Delivery pass failed; retrying on the next pass.");
            }
            try
            {
                await signal.WaitAsync(options.Delivery.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over the due copies; returns how many it found.</summary>
    public async Task<int> RunPassAsync(CancellationToken cancellationToken)
    {
        List<(Guid OrgId, Guid Id)> due;
        using (SuppressInstrumentationScope.Begin())
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClientCommsDbContext>();
            var now = clock.GetUtcNow();
            due = (await db.Deliveries.IgnoreQueryFilters().AsNoTracking()
                    .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
                    .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Take(options.Delivery.BatchSize)
                    .Select(d => new { d.OrgId, d.Id }).ToListAsync(cancellationToken))
                .Select(d => (d.OrgId, d.Id)).ToList();
        }
        // Copies side by side (each claims its own lease, so this is as safe as several senders): one copy at a
        // time made the sender the suite's bottleneck, every copy waiting for the SMTP sessions of those before it.
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Delivery.Concurrency, CancellationToken = cancellationToken },
            async (copy, ct) => await DeliverAsync(copy.OrgId, copy.Id, ct));
        return due.Count;
    }

    private async Task DeliverAsync(Guid orgId, Guid deliveryId, CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(orgId, deliveryId, cancellationToken);
        if (claimed is not { } c) return;
        var result = await relay.SendAsync(composer.Compose(c.Message, c.Delivery), cancellationToken);
        await RecordAsync(orgId, deliveryId, c.Lease, result, cancellationToken);
    }

    private async Task<(Guid Lease, ClientMessage Message, Domain.Messages.Delivery Delivery)?> ClaimAsync(Guid orgId, Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(orgId);
        var db = scope.ServiceProvider.GetRequiredService<ClientCommsDbContext>();
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        if (delivery?.Claim(clock.GetUtcNow(), options.Delivery.Lease) is not { } lease) return null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null; // another sender claimed it first
        }
        var message = await db.Messages.AsNoTracking().Include(m => m.Attachments).SingleAsync(m => m.Id == delivery.MessageId, cancellationToken);
        return (lease, message, delivery);
    }

    private async Task RecordAsync(Guid orgId, Guid deliveryId, Guid lease, RelayResult result, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(orgId);
        var db = scope.ServiceProvider.GetRequiredService<ClientCommsDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<EventOutbox>();
        var d = await db.Deliveries.SingleAsync(x => x.Id == deliveryId, cancellationToken);
        var now = clock.GetUtcNow();
        if (result.Accepted)
        {
            if (d.MarkDelivered(lease, now))
                outbox.Enqueue(new ClientMessageDelivered(orgId, d.ProjectId, d.MessageId, d.Id, d.RecipientEmail, d.Attempts, now));
        }
        else
        {
            logger.LogWarning("Delivery {DeliveryId} attempt {Attempt} failed: {Error}", d.Id, d.Attempts, result.Error);
            var delivery = options.Delivery;
            if (d.MarkAttemptFailed(lease, result.Error, result.Permanent, now, delivery.MaxAttempts, delivery.RetryBaseDelay, delivery.RetryMaxDelay))
                outbox.Enqueue(new ClientMessageDeliveryFailed(orgId, d.ProjectId, d.MessageId, d.Id, d.RecipientEmail, d.Attempts, d.LastError, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        outbox.NotifyCommitted();
    }
}
