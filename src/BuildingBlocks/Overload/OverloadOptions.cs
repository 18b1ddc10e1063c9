namespace Crewline.BuildingBlocks.Overload;

/// <summary>Configuration section <c>Overload</c>: how many calls a service works on at once, and how many wait.</summary>
public sealed class OverloadOptions
{
    public const string SectionName = "Overload";

    /// <summary>
    /// Calls served at the same time. Kept well below the database pool (Npgsql's default 100
    /// connections), so a burst waits here, in order, instead of failing on the pool.
    /// </summary>
    public int MaxConcurrentCalls { get; set; } = 32;

    /// <summary>Calls waiting for a slot, oldest first; one more is refused at once (<c>ResourceExhausted</c>).</summary>
    public int QueueLimit { get; set; } = 256;

    /// <summary>The longest a call waits for a slot before it is refused (<c>ResourceExhausted</c>).</summary>
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromSeconds(2);

    public void Validate()
    {
        if (MaxConcurrentCalls < 1) throw new InvalidOperationException($"{SectionName}:{nameof(MaxConcurrentCalls)} must be at least 1.");
        if (QueueLimit < 0) throw new InvalidOperationException($"{SectionName}:{nameof(QueueLimit)} must not be negative.");
        if (MaxQueueWait < TimeSpan.Zero) throw new InvalidOperationException($"{SectionName}:{nameof(MaxQueueWait)} must not be negative.");
    }
}
