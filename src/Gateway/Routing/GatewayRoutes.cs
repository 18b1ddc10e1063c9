using Crewline.Contracts;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace Crewline.Gateway.Routing;

/// <summary>
/// The gateway's routes: per service, gRPC calls (<c>/crewline.&lt;service&gt;.v1.*</c>) go to the
/// service's h2c endpoint and REST calls (<c>/v1/&lt;service&gt;/…</c>) to its HTTP/1.1 endpoint,
/// both found by service discovery. Every route requires a valid token.
/// </summary>
public static class GatewayRoutes
{
    /// <summary>The authorization policy of every proxied route: the default (authenticated, with an org).</summary>
    public const string Policy = "default";

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
                },
                Destinations = Destination($"http://_{ResourceNames.GrpcEndpoint}.{s.Service}"),
            },
            new ClusterConfig
            {
                ClusterId = HttpCluster(s.Service),
                Destinations = Destination($"http://_{ResourceNames.HttpEndpoint}.{s.Service}"),
            },
        }).ToList();

    /// <summary>Where a service's OpenAPI document is read from (its HTTP/1.1 endpoint).</summary>
    public static Uri OpenApiAddress(string service) => new($"http://_{ResourceNames.HttpEndpoint}.{service}/openapi/v1.json");

    private static string GrpcCluster(string service) => $"{service}-grpc";
    private static string HttpCluster(string service) => $"{service}-http";

    private static Dictionary<string, DestinationConfig> Destination(string address) =>
        new() { ["primary"] = new DestinationConfig { Address = address } };
}
