namespace Crewline.Contracts;

/// <summary>
/// The one place that names every resource of the suite: the AppHost declares them
/// under these names and the services look their connection strings up by them.
/// </summary>
public static class ResourceNames
{
    public const string Messaging = "messaging";
    public const string Postgres = "postgres";

    public const string Ownership = "ownership";
    public const string ScopeChanges = "scopechanges";
    public const string ClientComms = "clientcomms";
    public const string Reporting = "reporting";
    public const string Gateway = "gateway";

    /// <summary>The ops dashboard (a front end): the gateway serves it at <see cref="DashboardPath"/>.</summary>
    public const string Dashboard = "dashboard";

    /// <summary>Where the gateway serves the ops dashboard (its path base too).</summary>
    public const string DashboardPath = "/dashboard";

    public const string OwnershipDb = "ownershipdb";
    public const string ScopeChangesDb = "scopechangesdb";
    public const string ClientCommsDb = "clientcommsdb";

    /// <summary>The inbound mail webhook (REST, signed instead of a bearer token): the gateway routes it to client comms unauthenticated.</summary>
    public const string InboundMailPath = "/v1/clientcomms/inbound-mail";

    /// <summary>The SMTP capture server the AppHost starts in run mode (development mail relay).</summary>
    public const string MailCapture = "mailcapture";
    public const string ReportingDb = "reportingdb";

    /// <summary>Run mode with the demo on (Crewline:Demo:Enabled): seeds the demo org through the gateway, then exits.</summary>
    public const string DemoSeeder = "demoseeder";

    /// <summary>The HTTP/1.1 endpoint of a service (REST, health, OpenAPI).</summary>
    public const string HttpEndpoint = "http";

    /// <summary>The cleartext HTTP/2 endpoint of a service (gRPC).</summary>
    public const string GrpcEndpoint = "grpc";

    /// <summary>The four domain services behind the gateway, with the database each owns.</summary>
    public static IReadOnlyList<(string Service, string Database)> Services { get; } =
    [
        (Ownership, OwnershipDb),
        (ScopeChanges, ScopeChangesDb),
        (ClientComms, ClientCommsDb),
        (Reporting, ReportingDb),
    ];
}
