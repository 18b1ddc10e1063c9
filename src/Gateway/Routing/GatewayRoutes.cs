using Crewline.Contracts;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;

namespace Crewline.Gateway.Routing;

/// <summary>
/// The gateway's routes: per service, gRPC calls (<c>/crewline.&lt;service&gt;.v1.*</c>) go to the
/// service's h2c endpoint and REST calls (<c>/v1/&lt;service&gt;/…</c>) to its HTTP/1.1 endpoint,
/// both found by service discovery. Every route requires a valid token, but one: the inbound mail
/// webhook (<see cref="ResourceNames.InboundMailPath"/>), which a mail provider posts to and client
/// comms authenticates by its HMAC signature instead. Each cluster probes its
/// service's <c>/alive</c> every second and watches failed calls, and routes nothing to a
/// service found dead (the caller gets <c>Unavailable</c> at once instead of waiting).
/// <para>
/// The ops dashboard is served at <c>/dashboard/…</c> (pages, Blazor framework files, and its
/// SignalR WebSocket and long-polling endpoints) from its HTTP endpoint. That route takes no token:
/// the dashboard signs its users in itself and calls the API back through the gateway with their
/// tokens. Its cluster is not probed, so a dashboard that is down never makes the gateway unhealthy.
/// </para>
/// </summary>
public static class GatewayRoutes
{
    /// <summary>The authorization policy of every proxied route: the default (authenticated, with an org).</summary>
    public const string Policy = "default";

    /// <summary>How often each service's liveness is probed.</summary>
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(1);

    /// <summary>How long one probe may take before it counts as missed.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A forwarded call that receives nothing for this long fails (Unavailable): a call sent just
    /// before a dead service was noticed must not hang until the caller's deadline.
    /// </summary>
    public static readonly TimeSpan ActivityTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A service that failed calls is tried again after this long (or once a probe succeeds).</summary>
    public static readonly TimeSpan ReactivationPeriod = TimeSpan.FromSeconds(5);

    /// <summary>The policy of the inbound mail webhook's route: no token (the service checks the post's signature).</summary>
    public const string AnonymousPolicy = "anonymous";

    public static IReadOnlyList<RouteConfig> Routes() =>
        ResourceNames.Services.SelectMany(s => new[]
        {
            new RouteConfig
            {
                RouteId = $"{s.Service}-grpc",
                ClusterId = GrpcCluster(s.Service),
                AuthorizationPolicy = Policy,
                Match = new RouteMatch { Path = $"/crewline.{s.Service}.v1.{{service}}/{{method}}" },
            },
            new RouteConfig
            {
                RouteId = $"{s.Service}-rest",
                ClusterId = HttpCluster(s.Service),
                AuthorizationPolicy = Policy,
                Match = new RouteMatch { Path = $"/v1/{s.Service}/{{**rest}}" },
            },
        }).Append(new RouteConfig
        {
            RouteId = $"{ResourceNames.ClientComms}-inbound-mail",
            ClusterId = HttpCluster(ResourceNames.ClientComms),
            AuthorizationPolicy = AnonymousPolicy,
            Order = -1,
            Match = new RouteMatch { Path = ResourceNames.InboundMailPath, Methods = ["POST"] },
        }).Append(new RouteConfig
        {
            RouteId = ResourceNames.Dashboard,
            ClusterId = HttpCluster(ResourceNames.Dashboard),
            AuthorizationPolicy = AnonymousPolicy,
            Match = new RouteMatch { Path = $"{ResourceNames.DashboardPath}/{{**rest}}" },
        }).ToList();

    public static IReadOnlyList<ClusterConfig> Clusters() =>
        ResourceNames.Services.SelectMany(s => new[]
        {
            new ClusterConfig
            {
                ClusterId = GrpcCluster(s.Service),
                HttpRequest = new ForwarderRequestConfig
                {
                    Version = new Version(2, 0),
                    VersionPolicy = HttpVersionPolicy.RequestVersionExact,
                    ActivityTimeout = ActivityTimeout,
                },
                Destinations = Destination($"http://_{ResourceNames.GrpcEndpoint}.{s.Service}"),
                HealthCheck = HealthCheck,
                Metadata = HealthMetadata,
            },
            new ClusterConfig
            {
                ClusterId = HttpCluster(s.Service),
                HttpRequest = new ForwarderRequestConfig { ActivityTimeout = ActivityTimeout },
                Destinations = Destination($"http://_{ResourceNames.HttpEndpoint}.{s.Service}"),
                HealthCheck = HealthCheck,
                Metadata = HealthMetadata,
            },
        }).Append(new ClusterConfig
        {
            ClusterId = HttpCluster(ResourceNames.Dashboard),
            // The default activity timeout (100 s) outlasts SignalR's 15 s keep-alive, so a circuit stays open.
            Destinations = Destination($"http://_{ResourceNames.HttpEndpoint}.{ResourceNames.Dashboard}"),
        }).ToList();

    /// <summary>Where a service's OpenAPI document is read from (its HTTP/1.1 endpoint).</summary>
    public static Uri OpenApiAddress(string service) => new($"http://_{ResourceNames.HttpEndpoint}.{service}/openapi/v1.json");

    /// <summary>The service a cluster routes to (clusters are named <c>&lt;service&gt;-grpc</c> and <c>&lt;service&gt;-http</c>).</summary>
    public static string ServiceOf(string clusterId) => clusterId[..clusterId.LastIndexOf('-')];

    private static HealthCheckConfig HealthCheck => new()
    {
        // Only healthy or not yet probed destinations take calls: never "panic" onto a dead one.
        AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyAndUnknown,
        Active = new ActiveHealthCheckConfig
        {
            Enabled = true,
            Interval = ProbeInterval,
            Timeout = ProbeTimeout,
            Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
            // Liveness only: a service whose broker or database is briefly down still answers
            // (Unavailable or from its outbox), so it keeps its calls.
            Path = ServiceDefaults.ServiceDefaultsExtensions.AlivePath,
        },
        Passive = new PassiveHealthCheckConfig
        {
            Enabled = true,
            Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
            ReactivationPeriod = ReactivationPeriod,
        },
    };

    private static Dictionary<string, string> HealthMetadata => new()
    {
        // Two missed probes in a row mark a service dead: one slow probe on a busy machine does not.
        [ConsecutiveFailuresHealthPolicyOptions.ThresholdMetadataName] = "2",
    };

    private static string GrpcCluster(string service) => $"{service}-grpc";
    private static string HttpCluster(string service) => $"{service}-http";

    private static Dictionary<string, DestinationConfig> Destination(string address) =>
        new() { ["primary"] = new DestinationConfig { Address = address } };
}
