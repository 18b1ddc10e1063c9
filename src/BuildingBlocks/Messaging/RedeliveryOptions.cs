namespace Crewline.BuildingBlocks.Messaging;

/// <summary>
/// Configuration section <c>Messaging:Redelivery</c>: after the in-place retries of a message
/// run out, it is handed back to its queue after each of these delays in turn; when they run
/// out too, the message goes to the queue's <c>_error</c> queue.
/// </summary>
public sealed class RedeliveryOptions
{
    public const string SectionName = "Messaging:Redelivery";

    public TimeSpan[] Intervals { get; set; } = [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10)];
}
