using System.Collections.Concurrent;
using Crewline.BuildingBlocks.Errors;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Roles;
using Crewline.Ownership.Features.Access;
using Crewline.ServiceDefaults.Auth;
using Crewline.TestSupport;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

using ProjectRole = Crewline.Ownership.Domain.Roles.ProjectRole;
using Hierarchy = Crewline.Ownership.Domain.Roles.Hierarchy;

namespace Crewline.Ownership.Tests.Plan;

/// <summary>
/// The collection's ownership service with a test <see cref="IProjectAccess"/> (the real one belongs
/// to the access area) and a fast overdue-invoice scan. It shares the fixture service's database, so
/// the fixture's helpers (outbox reads) see its rows, and whichever host consumes a bus message acts
/// on the same data.
/// </summary>
public sealed class PlanTestHost
{
    private static readonly object Gate = new();
    private static PlanTestHost? _instance;

    private PlanTestHost(OwnershipFixture fixture)
    {
        Fixture = fixture;
        Factory = fixture.Service.WithWebHostBuilder(b =>
        {
            b.UseSetting("Ledger:OverdueScan:Interval", "00:00:00.500");
            b.ConfigureTestServices(s => s.AddSingleton<IProjectAccess>(Access));
        });
        _ = Factory.Server;
    }

    public OwnershipFixture Fixture { get; }
    public TestProjectAccess Access { get; } = new();
    public WebApplicationFactory<Program> Factory { get; }

    public static PlanTestHost For(OwnershipFixture fixture)
    {
        lock (Gate) return _instance ??= new PlanTestHost(fixture);
    }

    /// <summary>A project in a fresh org with a PM (pm-alex), a producer (producer-sam) and a creative lead (creative-kim).</summary>
    public TestProject NewProject(Guid? org = null)
    {
        var project = new TestProject(org ?? Guid.NewGuid(), Guid.NewGuid());
        project.Add("pm-alex", ProjectRole.ProjectManager);
        project.Add("producer-sam", ProjectRole.Producer);
        project.Add("creative-kim", ProjectRole.CreativeLead);
        Access.Register(project);
        return project;
    }

    public GrpcChannel Channel(string subject, Guid org)
    {
        var token = Factory.Services.GetRequiredService<DevTokenIssuer>().Issue(subject, org);
        return GrpcChannel.ForAddress(Factory.Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = new Bearer(token) { InnerHandler = Factory.Server.CreateHandler() },
            DisposeHttpClient = true,
        });
    }

    /// <summary>
    /// Publishes <paramref name="message"/> until <paramref name="effect"/> holds. Other hosts of the test
    /// assembly (with their own databases) consume from the same queue, so one publish may land on a host
    /// that cannot see this test's data; each retry is a new message, and round-robin delivery brings one
    /// to a host on this database. The bound only limits how long a broken system is waited for.
    /// </summary>
    public async Task PublishUntilAsync<T>(T message, Func<Task<bool>> effect) where T : class
    {
        var bus = Factory.Services.GetRequiredService<MassTransit.IBus>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await bus.Publish(message);
            try
            {
                await Eventually.Until(effect, TimeSpan.FromSeconds(3));
                return;
            }
            catch (TimeoutException) when (clock.Elapsed < Eventually.DefaultTimeout)
            {
            }
        }
    }

    public PlanService.PlanServiceClient Plan(TestProject project, string subject) => new(Channel(subject, project.OrgId));

    public LedgerService.LedgerServiceClient Ledger(TestProject project, string subject) => new(Channel(subject, project.OrgId));

    private sealed class Bearer(string token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}

/// <summary>Answers like the real access will: NotFound for a project the caller's org does not have, PermissionDenied for a non-member.</summary>
public sealed class TestProjectAccess : IProjectAccess
{
    private readonly ConcurrentDictionary<(Guid Org, Guid Project), TestProject> _projects = new();

    public void Register(TestProject project) => _projects[(project.OrgId, project.ProjectId)] = project;

    public Task<ProjectMembership> RequireMemberAsync(Guid projectId, CallerIdentity caller, CancellationToken cancellationToken)
    {
        if (!_projects.TryGetValue((caller.OrgId, projectId), out var project)) throw new NotFoundException("Project", projectId.ToString());
        if (!project.People.TryGetValue(caller.Subject, out var person)) throw new PermissionDeniedException("Not a member of the project.");
        return Task.FromResult(new ProjectMembership(person, project));
    }
}

/// <summary>A project's ownership as the matrix would give it: producer owns production-budget and vendor-invoices, the PM vendor-payments.</summary>
public sealed class TestProject(Guid orgId, Guid projectId) : IProjectOwnership
{
    private readonly Dictionary<Guid, HashSet<ProjectRole>> _roles = [];

    public Guid OrgId { get; } = orgId;
    public Guid ProjectId { get; } = projectId;
    public Dictionary<string, Guid> People { get; } = [];
    public Dictionary<string, ProjectRole[]> Owners { get; } = new()
    {
        [FunctionKeys.ProductionBudget] = [ProjectRole.Producer],
        [FunctionKeys.VendorInvoices] = [ProjectRole.Producer],
        [FunctionKeys.VendorPayments] = [ProjectRole.ProjectManager],
    };

    public Hierarchy Hierarchy => Hierarchy.Peers;

    public void Add(string subject, params ProjectRole[] roles)
    {
        var person = Guid.NewGuid();
        People[subject] = person;
        _roles[person] = [.. roles];
    }

    public FunctionDefinition? FunctionOf(string functionKey) => null;
    public IReadOnlyList<ProjectRole> OwnersOf(string functionKey) => Owners.TryGetValue(functionKey, out var o) ? o : [];
    public bool IsShared(string functionKey) => false;
    public IReadOnlySet<ProjectRole> RolesOf(Guid personId) => _roles.TryGetValue(personId, out var r) ? r : new HashSet<ProjectRole>();
    public IReadOnlyList<Guid> MembersWith(ProjectRole role) => _roles.Where(p => p.Value.Contains(role)).Select(p => p.Key).ToArray();
}
