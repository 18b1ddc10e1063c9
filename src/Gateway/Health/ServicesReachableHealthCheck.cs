using Crewline.Gateway.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;

namespace Crewline.Gateway.Health;

/// <summary>
/// Part of the gateway's <c>/health</c>: unhealthy while any service has no live destination
/// (found by the gateway's probes and failed calls), naming each unreachable route target as
/// <c>&lt;service&gt;-grpc</c> or <c>&lt;service&gt;-http</c>.
/// </summary>
public sealed class ServicesReachableHealthCheck(IProxyStateLookup proxyState) : IHealthCheck
{
    public const string Name = "services";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var down = proxyState.GetClusters()
            .Where(c => c.DestinationsState.AvailableDestinations.Count == 0)
            .Select(c => c.ClusterId)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (down.Count == 0) return Task.FromResult(HealthCheckResult.Healthy());
        var data = down.ToDictionary(c => c, c => (object)GatewayRoutes.ServiceOf(c));
        return Task.FromResult(HealthCheckResult.Unhealthy($"unreachable: {string.Join(", ", down)}", data: data));
    }
}
