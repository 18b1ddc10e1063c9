using Crewline.Contracts;
using Crewline.ServiceDefaults.Auth;
using Crewline.TestSupport;
using Grpc.Core;
using Grpc.Net.Client;
using Comms = Crewline.Contracts.ClientComms.V1;
using Common = Crewline.Contracts.Common.V1;
using Own = Crewline.Contracts.Ownership.V1;
using Scope = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.Bench.Suite;

/// <summary>
/// What the scenarios call: one org set up as the README's walk-through does it (the creator adds
/// themself and so becomes the org's admin, configures the org, creates projects holding the PM
/// role), a token for that person signed with the suite's key (as the gateway's development token
/// endpoint signs them), and gRPC channels to the gateway and straight to Ownership. A producer
/// (with a token of their own) joins the projects the client-facing scenarios use, whose SPOC is
/// the PM and which have one client contact each (<see cref="CreateClientProjectAsync"/>).
/// </summary>
public sealed class BenchWorld : IDisposable
{
    public const string Subject = "bench-pm";
    public const string ProducerSubject = "bench-producer";
    private static readonly TimeSpan KnownWithin = TimeSpan.FromMinutes(2);
    private const int ReadProjects = 16;

    private readonly List<GrpcChannel> _channels = [];

    private BenchWorld(BenchSuite suite)
    {
        Suite = suite;
        OrgId = Guid.NewGuid();
        var issuer = new DevTokenIssuer(new AuthOptions { SigningKey = BenchSuite.SigningKey, Audience = BenchSuite.Audience });
        Auth = new Metadata { { "authorization", $"Bearer {issuer.Issue(Subject, OrgId, "Bench PM", TimeSpan.FromHours(12))}" } };
        ProducerAuth = new Metadata { { "authorization", $"Bearer {issuer.Issue(ProducerSubject, OrgId, "Bench Producer", TimeSpan.FromHours(12))}" } };
        Gateway = Channel(suite[ResourceNames.Gateway].GrpcAddress);
        Ownership = Channel(suite[ResourceNames.Ownership].GrpcAddress);
    }

    public BenchSuite Suite { get; }
    public Guid OrgId { get; }

    /// <summary>The bearer token of the org's admin and PM, to pass as headers on every call.</summary>
    public Metadata Auth { get; }

    /// <summary>The bearer token of the org's producer.</summary>
    public Metadata ProducerAuth { get; }

    public string PmPersonId { get; private set; } = "";
    public string ProducerPersonId { get; private set; } = "";

    public GrpcChannel Gateway { get; }
    public GrpcChannel Ownership { get; }

    /// <summary>Projects that exist before anything is measured (read by the read scenarios).</summary>
    public IReadOnlyList<string> ProjectIds { get; private set; } = [];

    public static async Task<BenchWorld> SetUpAsync(BenchSuite suite, CancellationToken cancellationToken)
    {
        var world = new BenchWorld(suite);
        var orgs = new Own.OrgService.OrgServiceClient(world.Gateway);
        world.PmPersonId = (await orgs.AddPersonAsync(new Own.AddPersonRequest { Name = "Bench PM", Email = "bench-pm@example.com", Subject = Subject },
            world.Auth, cancellationToken: cancellationToken)).PersonId;
        await orgs.ConfigureOrgAsync(new Own.ConfigureOrgRequest { Name = "Bench Creative", IndustryPreset = Own.IndustryPreset.Advertising },
            world.Auth, cancellationToken: cancellationToken);
        world.ProducerPersonId = (await orgs.AddPersonAsync(new Own.AddPersonRequest { Name = "Bench Producer", Email = "bench-producer@example.com", Subject = ProducerSubject },
            world.Auth, cancellationToken: cancellationToken)).PersonId;
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

    /// <summary>
    /// A project the client-facing scenarios use: the PM created it, the producer is a member, the PM
    /// is its SPOC (named once ClientComms knows the project), one client contact
    /// (<paramref name="contactEmail"/>, which only this project's mail goes to) receives its mail,
    /// and ScopeChanges knows both members. Returns the project's id.
    /// </summary>
    public async Task<string> CreateClientProjectAsync(string name, string contactEmail, CancellationToken cancellationToken)
    {
        var project = await CreateProjectAsync(Gateway, name, cancellationToken);
        var id = project.ProjectId;
        await new Own.ProjectService.ProjectServiceClient(Gateway).AddMemberAsync(
            new Own.AddMemberRequest { ProjectId = id, PersonId = ProducerPersonId, Role = Common.ProjectRole.Producer },
            Auth, cancellationToken: cancellationToken);
        var comms = new Comms.ClientCommsService.ClientCommsServiceClient(Gateway);
        await Eventually.Until(() => SucceedsAsync(() => comms.NameSpocAsync(new Comms.NameSpocRequest
        {
            ProjectId = id, Role = Common.ProjectRole.ProjectManager, PersonId = PmPersonId, Reason = "The PM runs the bench client's relationship.",
        }, Auth, cancellationToken: cancellationToken).ResponseAsync), KnownWithin, $"ClientComms knows project {id} and its PM");
        await comms.AddContactAsync(new Comms.AddContactRequest { ProjectId = id, Name = "Bench Client", Email = contactEmail, RoleAtClient = "Brand manager" },
            Auth, cancellationToken: cancellationToken);
        var scope = new Scope.ScopeChangeService.ScopeChangeServiceClient(Gateway);
        await Eventually.Until(() => SucceedsAsync(() => scope.ListChangeRequestsAsync(new Scope.ListChangeRequestsRequest { ProjectId = id },
            ProducerAuth, cancellationToken: cancellationToken).ResponseAsync), KnownWithin, $"ScopeChanges knows project {id} and its producer");
        return id;
    }

    /// <summary>True once the call succeeds; false while the service does not know the project or its members yet.</summary>
    private static async Task<bool> SucceedsAsync(Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.PermissionDenied or StatusCode.FailedPrecondition)
        {
            return false;
        }
    }

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
