using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.ClientComms.Domain.Messages;

/// <summary>
/// One recipient's copy of a sent message, delivered at least once by the background sender.
/// A sender claims it with a lease (a token and an expiry) before it talks to the relay and
/// completes it only with that token: while a lease runs nobody else sends the copy, and the
/// lease outlasts the SMTP timeout, so a retry never overlaps an attempt still in flight. Every
/// attempt of one copy carries the same Message-ID (<see cref="MessageIdHeader"/>), so a relay
/// that accepted a copy whose answer was lost, and then gets the retry, holds two transmissions of
/// one message that mail stores collapse into one.
/// </summary>
public sealed class Delivery : IOrgOwned
{
    public const int MaxErrorLength = 1000;

    private Delivery() { }

    public Guid Id { get; private set; }
    public Guid OrgId { get; private set; }
    public Guid ProjectId { get; private set; }
    public Guid MessageId { get; private set; }
    public Guid ContactId { get; private set; }
    public string RecipientName { get; private set; } = "";
    public string RecipientEmail { get; private set; } = "";
    public DeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public Guid? LeaseToken { get; private set; }
    public DateTimeOffset? LeaseUntil { get; private set; }
    public string LastError { get; private set; } = "";
    public DateTimeOffset? DeliveredAt { get; private set; }
    /// <summary>Optimistic concurrency token (PostgreSQL xmin): two senders cannot both claim one copy.</summary>
    public uint Version { get; private set; }

    /// <summary>The Message-ID header of this copy (without angle brackets), the same on every attempt.</summary>
    public string MessageIdHeader => $"{Id:N}@crewline";

    public static Delivery Queue(Guid orgId, Guid projectId, Guid messageId, Recipient recipient, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), OrgId = orgId, ProjectId = projectId, MessageId = messageId, ContactId = recipient.ContactId,
        RecipientName = recipient.Name, RecipientEmail = recipient.Email, Status = DeliveryStatus.Pending, NextAttemptAt = now,
    };

    /// <summary>Whether a sender may claim it now: pending, due, and not leased by another sender.</summary>
    public bool IsDue(DateTimeOffset now) =>
        Status == DeliveryStatus.Pending && NextAttemptAt <= now && (LeaseUntil is null || LeaseUntil < now);

    /// <summary>Takes the lease for one attempt; null when it is not due.</summary>
    public Guid? Claim(DateTimeOffset now, TimeSpan lease)
    {
        if (!IsDue(now)) return null;
        LeaseToken = Guid.NewGuid();
        LeaseUntil = now + lease;
        Attempts++;
        return LeaseToken;
    }

    /// <summary>The relay accepted the copy sent under <paramref name="lease"/>; false when the lease is no longer this sender's.</summary>
    public bool MarkDelivered(Guid lease, DateTimeOffset now)
    {
        if (LeaseToken != lease || Status != DeliveryStatus.Pending) return false;
        Status = DeliveryStatus.Delivered;
        DeliveredAt = now;
        LeaseToken = null;
        LeaseUntil = null;
        LastError = "";
        return true;
    }

    /// <summary>
    /// The attempt under <paramref name="lease"/> failed: the next one waits (exponential backoff), or,
    /// after <paramref name="maxAttempts"/> or a permanent refusal, the copy is failed. True when it became failed.
    /// </summary>
    public bool MarkAttemptFailed(Guid lease, string error, bool permanent, DateTimeOffset now, int maxAttempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        if (LeaseToken != lease || Status != DeliveryStatus.Pending) return false;
        LeaseToken = null;
        LeaseUntil = null;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        if (permanent || Attempts >= maxAttempts)
        {
            Status = DeliveryStatus.Failed;
            return true;
        }
        var delay = TimeSpan.FromTicks(Math.Min(maxDelay.Ticks, baseDelay.Ticks * (1L << Math.Min(Attempts - 1, 20))));
        NextAttemptAt = now + delay;
        return false;
    }

    /// <summary>Queues a failed copy again with a fresh set of attempts.</summary>
    public void Retry(DateTimeOffset now)
    {
        if (Status != DeliveryStatus.Failed)
            throw new Crewline.BuildingBlocks.Errors.ConflictException($"Only a failed delivery is retried; this one is {Status}.");
        Status = DeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }
}
