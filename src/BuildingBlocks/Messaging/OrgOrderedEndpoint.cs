namespace Crewline.BuildingBlocks.Messaging;

/// <summary>
/// A receive endpoint that handles the events of one org one at a time while other orgs' events run
/// side by side (<see cref="OrgOrderConsumeFilter{T}"/>). Register one per endpoint as a singleton
/// (e.g. <c>bus.AddSingleton(new OrgOrderedEndpoint(name, lanes))</c>) and give the endpoint a
/// <c>ConcurrentMessageLimit</c> of <paramref name="Lanes"/>: more would only wait at the lanes.
/// </summary>
/// <param name="EndpointName">The queue's name (the endpoint's input address path).</param>
/// <param name="Lanes">How many orgs' events may run at once; orgs are hashed onto the lanes, so two orgs can share one.</param>
public sealed record OrgOrderedEndpoint(string EndpointName, int Lanes);
