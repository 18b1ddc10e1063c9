namespace Crewline.BuildingBlocks.Outbox;

/// <summary>Configuration section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How many events one dispatch pass publishes at most (concurrently, with broker confirms).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long the dispatcher sleeps when nothing signals new events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one publish may wait for the broker's confirm before the pass is retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest pause between failed passes (the pause doubles from 250 ms up to this).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);
}
