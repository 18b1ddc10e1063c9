namespace Crewline.BuildingBlocks.Outbox;

/// <summary>Configuration section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How many events one dispatch pass takes at most (different aggregates are published concurrently).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long the dispatcher sleeps when nothing signals new events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one publish may wait for the broker's confirm before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest pause between passes while the broker is unreachable (the pause doubles from 250 ms up to this).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Failed attempts after which a row is dead (no longer dispatched, until re-queued). Only a failure
    /// while the broker is reachable can make a row dead: a broker outage never uses up the last attempt.
    /// </summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long a row waits after its first failed attempt; the wait doubles with each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts of one row.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>When a row that failed its <paramref name="attempts"/>-th attempt is tried again.</summary>
    public TimeSpan RetryDelayAfter(int attempts)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ticks = FirstRetryDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= MaxRetryDelay.Ticks ? MaxRetryDelay : TimeSpan.FromTicks((long)ticks);
    }
}
