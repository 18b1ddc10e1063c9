namespace Crewline.BuildingBlocks.Messaging;

/// <summary>
/// Configuration section <c>Messaging:Retry</c>: how often a failing consumer is retried in
/// place before its message goes to the queue's <c>_error</c> queue.
/// </summary>
public sealed class RetryOptions
{
    public const string SectionName = "Messaging:Retry";

    public int Attempts { get; set; } = 5;
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan IntervalDelta { get; set; } = TimeSpan.FromMilliseconds(500);
}
