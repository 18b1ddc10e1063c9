using System.Diagnostics;
using System.Text.Json;
using Crewline.Bench.Baselines;
using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts;
using Crewline.Contracts.Events.Ownership;
using Crewline.ServiceDefaults.Auth;
using Grpc.Core;
using MassTransit;
using Npgsql;

namespace Crewline.Bench.Suite;

/// <summary>An org that exists in Reporting only (fed by events): its admin's token and its projects.</summary>
public sealed record FedOrg(Guid OrgId, Metadata Auth, IReadOnlyList<Guid> ProjectIds, int Events, TimeSpan VisibleAfter)
{
    /// <summary>Events Reporting projected per second, from the first send until all were visible.</summary>
    public double EventsPerSecond => Events / VisibleAfter.TotalSeconds;
}

/// <summary>
/// Feeds Reporting the integration events Ownership would publish, straight to Reporting's own
/// receive endpoints (their exchanges, bound to their queues) with MassTransit on the suite's broker,
/// so Reporting projects them as in production and no other service sees them: an admin
/// (<c>PersonAdded</c>), then per project <c>ProjectCreated</c> (with the starting matrix Ownership
/// published for a real project of the bench org) and <c>ProjectMemberAdded</c> (the admin as PM).
/// </summary>
public sealed class ReportingFeed(BenchSuite suite, BareBus bus, Stopwatch clock)
{
    /// <summary>Reporting's one queue for every integration event (ProjectionRegistration.EndpointName).</summary>
    public static readonly string ProjectionsEndpoint = $"{ResourceNames.Reporting}-projections";

    /// <summary>Reporting's membership replica queue, named as MessagingSetup's endpoint name formatter names it.</summary>
    public static readonly string MembershipEndpoint =
        new KebabCaseEndpointNameFormatter(ResourceNames.Reporting, includeNamespace: false).Consumer<MembershipReplicaConsumer>();

    private const int InFlight = 64;
    private static readonly TimeSpan VisibleWithin = TimeSpan.FromMinutes(15);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly DevTokenIssuer _issuer = new(new AuthOptions { SigningKey = BenchSuite.SigningKey, Audience = BenchSuite.Audience });

    private string Database => suite.DatabaseOf(ResourceNames.Reporting);

    /// <summary>Creates an org of <paramref name="projects"/> projects in Reporting and waits until every event is projected.</summary>
    public async Task<FedOrg> FeedOrgAsync(int projects, Guid templateProject, CancellationToken cancellationToken)
    {
        var template = await ProjectCreatedOfAsync(templateProject, cancellationToken);
        var orgId = Guid.NewGuid();
        var adminId = Guid.NewGuid();
        var subject = $"bench-admin-{orgId:N}";
        var start = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, projects).Select(_ => Guid.NewGuid()).ToList();
        var began = clock.Elapsed;

        await ToBothAsync(new PersonAdded(orgId, adminId, "Bench Admin", "bench-admin@example.com", subject, subject, start, MembershipNames.OrgAdmin), cancellationToken);
        await Parallel.ForEachAsync(Enumerable.Range(0, projects), new ParallelOptions { MaxDegreeOfParallelism = InFlight, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var at = start.AddMilliseconds(i + 1);
                await bus.SendToEndpointAsync(ProjectionsEndpoint,
                    template with { OrgId = orgId, ProjectId = ids[i], Name = $"Fed project {i + 1}", CreatedBy = subject, CreatedAt = at }, ct);
                await ToBothAsync(new ProjectMemberAdded(orgId, ids[i], adminId, MembershipNames.ProjectManager, subject, at), ct);
            });
        var events = 1 + 2 * projects;
        await WaitProjectedAsync(orgId, events, projects, cancellationToken);
        var auth = new Metadata { { "authorization", $"Bearer {_issuer.Issue(subject, orgId, "Bench Admin", TimeSpan.FromHours(12))}" } };
        return new FedOrg(orgId, auth, ids, events, clock.Elapsed - began);
    }

    /// <summary>A fresh project's creation, sent to Reporting's projections only (for the lag scenario).</summary>
    public async Task SendProjectCreatedAsync(ProjectCreated template, Guid orgId, Guid projectId, CancellationToken cancellationToken) =>
        await bus.SendToEndpointAsync(ProjectionsEndpoint, template with { OrgId = orgId, ProjectId = projectId, Name = $"Lag {projectId:N}", CreatedAt = DateTimeOffset.UtcNow }, cancellationToken);

    /// <summary>The <c>ProjectCreated</c> Ownership published for <paramref name="projectId"/>, as Reporting logged it.</summary>
    public async Task<ProjectCreated> ProjectCreatedOfAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT payload::text FROM event_log WHERE project_id = $1 AND message_type LIKE $2 ORDER BY sequence LIMIT 1", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = projectId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = $"{typeof(ProjectCreated).FullName},%" });
        var payload = await command.ExecuteScalarAsync(cancellationToken) as string
                      ?? throw new InvalidOperationException($"Reporting has not logged the ProjectCreated of {projectId}.");
        return JsonSerializer.Deserialize<ProjectCreated>(payload, Json)!;
    }

    /// <summary>Both of Reporting's queues that consume Ownership's membership events (the replica, and the projections' log and findings).</summary>
    private async Task ToBothAsync<T>(T message, CancellationToken cancellationToken) where T : class
    {
        await bus.SendToEndpointAsync(MembershipEndpoint, message, cancellationToken);
        await bus.SendToEndpointAsync(ProjectionsEndpoint, message, cancellationToken);
    }

    private async Task WaitProjectedAsync(Guid orgId, int events, int projects, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM event_log WHERE org_id = $1),
                   (SELECT count(*) FROM project_summaries WHERE org_id = $1 AND NOT is_placeholder),
                   (SELECT count(*) FROM replica_project_roles WHERE org_id = $1 AND holds)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = orgId });
        var until = clock.Elapsed + VisibleWithin;
        while (true)
        {
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                var (logged, created, roles) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
                if (logged >= events && created >= projects && roles >= projects) return;
                if (clock.Elapsed > until)
                    throw new TimeoutException($"Reporting projected {logged} of {events} events ({created} of {projects} projects, {roles} PM roles) in {VisibleWithin.TotalMinutes:0} minutes.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }
}
