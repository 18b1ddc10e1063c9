using System.Collections.Frozen;

namespace Crewline.BuildingBlocks.Messaging;

/// <summary>
/// The lanes of every <see cref="OrgOrderedEndpoint"/>: per endpoint, a fixed set of one-at-a-time
/// gates, an org's events always taking the same gate. A gate admits its waiters first come, first
/// served (<see cref="SemaphoreSlim"/> queues asynchronous waiters in order).
/// </summary>
public sealed class OrgLanes
{
    private readonly FrozenDictionary<string, SemaphoreSlim[]> lanes;

    public OrgLanes(IEnumerable<OrgOrderedEndpoint> endpoints) =>
        lanes = endpoints.ToFrozenDictionary(
            e => e.EndpointName,
            e => Enumerable.Range(0, e.Lanes > 0 ? e.Lanes : throw new ArgumentOutOfRangeException(nameof(endpoints), $"{e.EndpointName}: lanes must be positive."))
                .Select(_ => new SemaphoreSlim(1, 1)).ToArray(),
            StringComparer.Ordinal);

    /// <summary>The gate of <paramref name="orgId"/>'s events on <paramref name="endpointName"/>; null when that endpoint is not org-ordered.</summary>
    public SemaphoreSlim? GateOf(string endpointName, Guid orgId) =>
        lanes.TryGetValue(endpointName, out var gates) ? gates[(uint)orgId.GetHashCode() % (uint)gates.Length] : null;
}
