using Crewline.Contracts.Events;
using MassTransit;

namespace Crewline.Reporting.Projections;

/// <summary>
/// The one consumer of every integration event (<see cref="ProjectedEvents.All"/>): the tenant filter
/// has set the event's org; this logs the event and applies it, inside the inbox's transaction.
/// </summary>
public sealed class ProjectingConsumer<TEvent>(ProjectionPipeline pipeline) : IConsumer<TEvent> where TEvent : class, IOrgEvent
{
    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TEvent).Name} arrived without a message id.");
        if (!await pipeline.AppendAsync(context.Message, messageId, context.CancellationToken)) return;
        await pipeline.ApplyAsync(context.Message, isReplay: false, context.CancellationToken);
    }
}
