using System.Diagnostics;

namespace Crewline.BuildingBlocks.Outbox;

/// <summary>The W3C trace context stored with an outbox row, so its publish continues the trace that enqueued it.</summary>
public static class OutboxTraceContext
{
    private const int MaxTraceStateLength = 512;

    /// <summary>The current activity's <c>traceparent</c> and <c>tracestate</c>, or nulls outside any W3C trace.</summary>
    public static (string? TraceParent, string? TraceState) Capture()
    {
        if (Activity.Current is not { IdFormat: ActivityIdFormat.W3C } activity) return (null, null);
        var state = activity.TraceStateString;
        return (activity.Id, state is { Length: > 0 and <= MaxTraceStateLength } ? state : null);
    }

    /// <summary>The stored context as a parent, or <c>default</c> (a new trace) when none was stored or it is malformed.</summary>
    public static ActivityContext Restore(OutboxMessage message) =>
        message.TraceParent is { } parent && ActivityContext.TryParse(parent, message.TraceState, isRemote: true, out var context)
            ? context
            : default;
}
