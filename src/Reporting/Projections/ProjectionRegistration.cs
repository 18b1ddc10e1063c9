using Crewline.Contracts;
using MassTransit;

namespace Crewline.Reporting.Projections;

public static class ProjectionRegistration
{
    /// <summary>The one queue all integration events reach Reporting through.</summary>
    public const string EndpointName = $"{ResourceNames.Reporting}-projections";

    /// <summary>
    /// One <see cref="ProjectingConsumer{TEvent}"/> per event type, all on one queue consumed one
    /// message at a time: the event log's sequence is then the order the projectors saw, so a replay
    /// applies exactly what live processing applied, and no two events race on one read-model row.
    /// </summary>
    public static IBusRegistrationConfigurator AddProjectingConsumers(this IBusRegistrationConfigurator bus)
    {
        foreach (var eventType in ProjectedEvents.All)
            bus.AddConsumer(typeof(ProjectingConsumer<>).MakeGenericType(eventType)).Endpoint(e =>
            {
                e.Name = EndpointName;
                e.ConcurrentMessageLimit = 1;
                e.PrefetchCount = 64;
            });
        return bus;
    }
}
