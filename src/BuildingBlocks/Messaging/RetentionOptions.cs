namespace Crewline.BuildingBlocks.Messaging;

/// <summary>
/// Configuration section <c>Messaging:Retention</c>: how long handled rows are kept before the
/// <see cref="MessagingRetention"/> cleaner deletes them. Pending and dead outbox rows are never deleted.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Messaging:Retention";

    /// <summary>Dispatched outbox rows: kept a week, to answer "was it published, when, with which id?".</summary>
    public TimeSpan DispatchedOutbox { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Inbox rows (which messages a consumer has handled): kept 30 days, far longer than any window in
    /// which a copy can still arrive (redeliveries, a re-published outbox row, a broker's redelivery
    /// after a lost acknowledgement); must exceed the redelivery schedule.
    /// </summary>
    public TimeSpan Inbox { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Idempotency records of creates and sign-offs: a client's retry with the same key within 7 days gets the first result.</summary>
    public TimeSpan IdempotencyRecords { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the cleaner runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Rows deleted per statement (small, so no long lock or big transaction).</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Refuses settings that would forget a message before its last redelivery could arrive.</summary>
    public void Validate(RedeliveryOptions redelivery)
    {
        var window = redelivery.EffectiveIntervals.Aggregate(TimeSpan.Zero, (sum, interval) => sum + interval);
        if (Inbox <= window + TimeSpan.FromHours(1))
            throw new InvalidOperationException(
                $"{SectionName}:Inbox ({Inbox}) must be longer than the redelivery window ({window}) plus an hour, or a late copy would be handled twice.");
        if (DispatchedOutbox <= TimeSpan.Zero || IdempotencyRecords <= TimeSpan.Zero || Interval <= TimeSpan.Zero || BatchSize <= 0)
            throw new InvalidOperationException($"{SectionName}: ages, interval and batch size must be positive.");
    }
}
