using Crewline.Contracts;
using Crewline.ServiceDefaults.Auth;
using Grpc.Core;
using Grpc.Net.Client;
using Common = Crewline.Contracts.Common.V1;
using Own = Crewline.Contracts.Ownership.V1;

namespace Crewline.Bench.Suite;

/// <summary>
/// What the scenarios call: one org set up as the README's walk-through does it (the creator adds
/// themself and so becomes the org's admin, configures the org, creates projects holding the PM
/// role), a token for that person signed with the suite's key (as the gateway's development token
/// endpoint signs them), and gRPC channels to the gateway and straight to Ownership.
/// </summary>
public sealed class BenchWorld : IDisposable
{
    public const string Subject = "bench-pm";
    private const int ReadProjects = 16;

    private readonly List<GrpcChannel> _channels = [];

    private BenchWorld(BenchSuite suite)
    {
        Suite = suite;
        OrgId = Guid.NewGuid();
        var issuer = new DevTokenIssuer(new AuthOptions { SigningKey = BenchSuite.SigningKey, Audience = BenchSuite.Audience });
        Auth = new Metadata { { "authorization", $"Bearer {issuer.Issue(Subject, OrgId, "Bench PM", TimeSpan.FromHours(12))}" } };
        Gateway = Channel(suite[ResourceNames.Gateway].GrpcAddress);
        Ownership = Channel(suite[ResourceNames.Ownership].GrpcAddress);
    }

    public BenchSuite Suite { get; }
    public Guid OrgId { get; }

    /// <summary>The bearer token of the org's admin and PM, to pass as headers on every call.</summary>
    public Metadata Auth { get; }

    public GrpcChannel Gateway { get; }
    public GrpcChannel Ownership { get; }

    /// <summary>Projects that exist before anything is measured (read by the read scenarios).</summary>
    public IReadOnlyList<string> ProjectIds { get; private set; } = [];

    public static async Task<BenchWorld> SetUpAsync(BenchSuite suite, CancellationToken cancellationToken)
    {
        var world = new BenchWorld(suite);
        var orgs = new Own.OrgService.OrgServiceClient(world.Gateway);
        await orgs.AddPersonAsync(new Own.AddPersonRequest { Name = "Bench PM", Email = "bench-pm@example.com", Subject = Subject },
            world.Auth, cancellationToken: cancellationToken);
        await orgs.ConfigureOrgAsync(new Own.ConfigureOrgRequest { Name = "Bench Creative", IndustryPreset = Own.IndustryPreset.Advertising },
            world.Auth, cancellationToken: cancellationToken);
        var ids = new List<string>();
        for (var i = 0; i < ReadProjects; i++)
            ids.Add((await world.CreateProjectAsync(world.Gateway, $"Read target {i + 1}", cancellationToken)).ProjectId);
        world.ProjectIds = ids;
        return world;
    }

    /// <summary>Creates a project through <paramref name="channel"/> as the PM, as an integrator would.</summary>
    public async Task<Own.Project> CreateProjectAsync(GrpcChannel channel, string name, CancellationToken cancellationToken) =>
        await new Own.OwnershipService.OwnershipServiceClient(channel).CreateProjectAsync(new Own.CreateProjectRequest
        {
            Name = name,
            Type = Own.ProjectType.CommercialProduction,
            CreatorRoles = { Common.ProjectRole.ProjectManager },
        }, Auth, cancellationToken: cancellationToken);

    /// <summary>A channel that keeps its HTTP/2 connections and opens more when one has too many streams.</summary>
    public GrpcChannel Channel(Uri address)
    {
        var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                KeepAlivePingDelay = TimeSpan.FromSeconds(60),
            },
            MaxRetryAttempts = 0,
        });
        _channels.Add(channel);
        return channel;
    }

    public void Dispose()
    {
        foreach (var channel in _channels) channel.Dispose();
    }
}
