namespace Crewline.BuildingBlocks.Messaging;

/// <summary>
/// Configuration section <c>Messaging:Redelivery</c>: after the in-place retries of a message
/// run out, it is handed back to its queue after each of these delays in turn; when they run
/// out too, the message goes to the queue's <c>_error</c> queue.
/// </summary>
public sealed class RedeliveryOptions
{
    public const string SectionName = "Messaging:Redelivery";

    public static IReadOnlyList<TimeSpan> DefaultIntervals { get; } = [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10)];

    /// <summary>
    /// The configured delays; empty means <see cref="DefaultIntervals"/>. (Not initialised with the
    /// defaults: configuration binding appends to an array instead of replacing it.)
    /// </summary>
    public TimeSpan[] Intervals { get; set; } = [];

    public IReadOnlyList<TimeSpan> EffectiveIntervals => Intervals.Length > 0 ? Intervals : DefaultIntervals;
}
