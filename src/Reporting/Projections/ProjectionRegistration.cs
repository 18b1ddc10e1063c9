using Crewline.BuildingBlocks.Messaging;
using Crewline.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Reporting.Projections;

public static class ProjectionRegistration
{
    /// <summary>The one queue all integration events reach Reporting through.</summary>
    public const string EndpointName = $"{ResourceNames.Reporting}-projections";

    /// <summary>How many orgs' events are projected at once (orgs hashed onto lanes; two orgs may share one).</summary>
    public const int OrgLanes = 8;

    /// <summary>
    /// One <see cref="ProjectingConsumer{TEvent}"/> per event type, all on one queue, ordered per org
    /// (<see cref="OrgOrderedEndpoint"/>): one org's events are applied one at a time, each after the
    /// previous one committed, while other orgs' events run side by side on the other lanes. Every read
    /// model belongs to one org, so the event log's sequence, read per org, is the order the projectors
    /// saw: a replay applies exactly what live processing applied, and no two events race on one row.
    /// </summary>
    public static IBusRegistrationConfigurator AddProjectingConsumers(this IBusRegistrationConfigurator bus)
    {
        foreach (var eventType in ProjectedEvents.All)
            bus.AddConsumer(typeof(ProjectingConsumer<>).MakeGenericType(eventType)).Endpoint(e =>
            {
                e.Name = EndpointName;
                e.ConcurrentMessageLimit = OrgLanes;
                e.PrefetchCount = 64;
            });
        bus.AddSingleton(new OrgOrderedEndpoint(EndpointName, OrgLanes));
        return bus;
    }
}
