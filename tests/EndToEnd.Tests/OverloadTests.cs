using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Crewline.Contracts;
using Crewline.TestSupport;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Xunit.Abstractions;
using OwnershipV1 = Crewline.Contracts.Ownership.V1;
using ReportingV1 = Crewline.Contracts.Reporting.V1;

namespace Crewline.EndToEnd.Tests;

/// <summary>
/// A suite of its own whose Ownership serves two calls at once and lets two more wait 100 ms
/// (<c>Overload:</c> settings), so creates offered by many callers at once are past its capacity
/// on any machine.
/// </summary>
public sealed class OverloadSuiteFixture : SuiteFixture
{
    protected override void Configure(IDistributedApplicationTestingBuilder builder)
    {
        var ownership = builder.Resources.OfType<ProjectResource>().Single(p => p.Name == ResourceNames.Ownership);
        builder.CreateResourceBuilder(ownership)
            .WithEnvironment("Overload__MaxConcurrentCalls", "2")
            .WithEnvironment("Overload__QueueLimit", "2")
            .WithEnvironment("Overload__MaxQueueWait", "00:00:00.100");
    }
}

[CollectionDefinition(Name)]
public sealed class OverloadSuiteCollection : ICollectionFixture<OverloadSuiteFixture>
{
    public const string Name = "whole suite with a small capacity";
}

/// <summary>
/// Creates offered faster than Ownership serves them, over gRPC and REST through the gateway: every
/// answer is OK or a retryable refusal with a retry hint (never Unknown or Internal), every OK create
/// is stored once and reaches Reporting, a refused one changed nothing, and the suite takes creates
/// again by itself once the burst is over.
/// </summary>
[Collection(OverloadSuiteCollection.Name)]
public sealed class OverloadTests(OverloadSuiteFixture suite, ITestOutputHelper output)
{
    private const int Callers = 48;
    private const int CreatesPerCaller = 4;
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Creates_past_capacity_are_answered_OK_ResourceExhausted_or_Unavailable_and_every_OK_create_is_stored_once_and_reaches_Reporting()
    {
        var org = Guid.NewGuid();
        var token = await suite.TokenAsync("pm-alex", org);
        using var channel = suite.GatewayChannel(token);
        using var http = suite.GatewayHttp();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        await new OwnershipV1.OrgService.OrgServiceClient(channel).AddPersonAsync(
            new OwnershipV1.AddPersonRequest { Name = "Alex PM", Email = "alex@example.com", Subject = "pm-alex" }, deadline: DateTime.UtcNow + FaultTests.CallDeadline);

        var answers = new ConcurrentBag<Answer>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var callers = Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            await start.Task;
            for (var i = 0; i < CreatesPerCaller; i++)
            {
                var name = $"burst {caller}-{i}";
                answers.Add(caller % 2 == 0 ? await CreateOverGrpcAsync(channel, name) : await CreateOverRestAsync(http, name));
            }
        })).ToList();
        start.SetResult();
        await Task.WhenAll(callers);

        Assert.Equal(Callers * CreatesPerCaller, answers.Count);
        output.WriteLine(string.Join(", ", answers.GroupBy(a => (a.Via, a.Status)).OrderBy(g => g.Key).Select(g => $"{g.Key.Via} {g.Key.Status}: {g.Count()}")));
        var unexpected = answers.Where(a => a.Status is not (StatusCode.OK or StatusCode.ResourceExhausted or StatusCode.Unavailable)).ToList();
        Assert.True(unexpected.Count == 0, "unexpected answers: " + string.Join("; ", unexpected.Select(a => $"{a.Name} over {a.Via}: {a.Status} {a.Detail}")));
        var refused = answers.Where(a => a.Status != StatusCode.OK).ToList();
        Assert.NotEmpty(refused); // the burst really was past capacity
        Assert.All(refused, a => Assert.True(a.HasRetryHint, $"{a.Name} over {a.Via} was refused ({a.Status}) without a retry hint"));
        var ok = answers.Where(a => a.Status == StatusCode.OK).ToList();
        Assert.NotEmpty(ok);

        // The suite recovers by itself once the burst is over. A forward that failed in transport during
        // the burst (a connect timeout on a starved machine) keeps Ownership out of the gateway for its
        // reactivation period (docs/RUNNING.md), so a caller retrying with the same idempotency key, as
        // the retry hint says, is served within seconds and creates the project once.
        var afterRequest = Request("after the burst");
        Answer after = null!;
        await Eventually.Until(async () => (after = await CreateOverGrpcAsync(channel, afterRequest)).Status == StatusCode.OK, RecoveryTimeout);

        // Every OK create is stored once (by id and by name); a create refused at capacity stored nothing.
        var stored = await AllProjectsAsync(channel);
        Assert.Equal(stored.Count, stored.Select(p => p.ProjectId).Distinct().Count());
        foreach (var a in ok) Assert.Single(stored, p => p.ProjectId == a.ProjectId && p.Name == a.Name);
        foreach (var a in refused.Where(r => r.Status == StatusCode.ResourceExhausted)) Assert.DoesNotContain(stored, p => p.Name == a.Name);

        // ...and reaches Reporting, each counted once.
        var reporting = new ReportingV1.ReportingService.ReportingServiceClient(channel);
        foreach (var projectId in ok.Append(after).Select(a => a.ProjectId!))
            await Eventually.Until(() => AnswersAsync(reporting.GetProjectSummaryAsync(new ReportingV1.GetProjectSummaryRequest { ProjectId = projectId })), SettleTimeout);
        await Eventually.Until(async () => await AnswersWithAsync(reporting.GetPortfolioAsync(new ReportingV1.GetPortfolioRequest())) is { } p && p.ProjectCount == stored.Count, SettleTimeout);
    }

    private sealed record Answer(string Name, string Via, StatusCode Status, string? ProjectId, bool HasRetryHint, string Detail);

    private static OwnershipV1.CreateProjectRequest Request(string name) => new()
    {
        Name = name,
        Type = OwnershipV1.ProjectType.Film,
        IdempotencyKey = Guid.NewGuid().ToString(),
        CreatorRoles = { Contracts.Common.V1.ProjectRole.ProjectManager },
    };

    private static Task<Answer> CreateOverGrpcAsync(GrpcChannel channel, string name) => CreateOverGrpcAsync(channel, Request(name));

    private static async Task<Answer> CreateOverGrpcAsync(GrpcChannel channel, OwnershipV1.CreateProjectRequest request)
    {
        var name = request.Name;
        var ownership = new OwnershipV1.OwnershipService.OwnershipServiceClient(channel);
        try
        {
            var created = await ownership.CreateProjectAsync(request, deadline: DateTime.UtcNow + FaultTests.CallDeadline);
            return new Answer(name, "gRPC", StatusCode.OK, created.ProjectId, false, "");
        }
        catch (RpcException ex)
        {
            var hint = ex.GetRpcStatus()?.GetDetail<RetryInfo>() is { RetryDelay: not null } && ex.Trailers.GetValue("grpc-retry-pushback-ms") is not null;
            return new Answer(name, "gRPC", ex.StatusCode, null, hint, ex.Status.Detail);
        }
    }

    private static async Task<Answer> CreateOverRestAsync(HttpClient http, string name)
    {
        var request = Request(name);
        using var response = await http.PostAsJsonAsync("/v1/ownership/projects", new
        {
            name = request.Name,
            type = "PROJECT_TYPE_FILM",
            idempotencyKey = request.IdempotencyKey,
            creatorRoles = new[] { "PROJECT_ROLE_PROJECT_MANAGER" },
        });
        var body = await response.Content.ReadAsStringAsync();
        var status = response.StatusCode switch
        {
            HttpStatusCode.OK => StatusCode.OK,
            HttpStatusCode.TooManyRequests => StatusCode.ResourceExhausted,
            HttpStatusCode.ServiceUnavailable => StatusCode.Unavailable,
            _ => StatusCode.Unknown,
        };
        var projectId = status == StatusCode.OK ? JsonDocument.Parse(body).RootElement.GetProperty("projectId").GetString() : null;
        return new Answer(name, "REST", status, projectId, response.Headers.RetryAfter is not null, $"HTTP {(int)response.StatusCode} {body}");
    }

    /// <summary>Every project of the caller's org, all pages.</summary>
    private static async Task<List<OwnershipV1.Project>> AllProjectsAsync(GrpcChannel channel)
    {
        var ownership = new OwnershipV1.OwnershipService.OwnershipServiceClient(channel);
        var all = new List<OwnershipV1.Project>();
        var token = "";
        do
        {
            OwnershipV1.ListProjectsResponse? page = null;
            await Eventually.Until(async () => (page = await AnswersWithAsync(ownership.ListProjectsAsync(
                new OwnershipV1.ListProjectsRequest { AllOrgProjects = true, PageSize = 100, PageToken = token }))) is not null, SettleTimeout);
            all.AddRange(page!.Projects);
            token = page.NextPageToken;
        } while (token.Length > 0);
        return all;
    }

    private static async Task<bool> AnswersAsync<T>(AsyncUnaryCall<T> call) where T : class => await AnswersWithAsync(call) is not null;

    /// <summary>The answer, or null while it is not there yet (NotFound, PermissionDenied) or the service refuses for now.</summary>
    private static async Task<T?> AnswersWithAsync<T>(AsyncUnaryCall<T> call) where T : class
    {
        try
        {
            return await call.ResponseAsync;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.PermissionDenied or StatusCode.Unavailable or StatusCode.ResourceExhausted)
        {
            return null;
        }
    }
}
