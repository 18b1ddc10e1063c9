using System.Diagnostics;
using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Crewline.Contracts;
using Crewline.TestSupport;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using ProjectRole = Crewline.Contracts.Common.V1.ProjectRole;
using static Crewline.Contracts.Common.V1.ProjectRole;
using ClientCommsV1 = Crewline.Contracts.ClientComms.V1;
using OwnershipV1 = Crewline.Contracts.Ownership.V1;
using ReportingV1 = Crewline.Contracts.Reporting.V1;
using ScopeChangesV1 = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.EndToEnd.Tests;

/// <summary>A suite of its own: these tests stop the broker and kill a service, which no other test should see.</summary>
[CollectionDefinition(Name)]
public sealed class FaultSuiteCollection : ICollectionFixture<SuiteFixture>
{
    public const string Name = "whole suite under faults";
}

/// <summary>A suite of its own: this test kills a service and leaves it dead.</summary>
[CollectionDefinition(Name)]
public sealed class KilledServiceSuiteCollection : ICollectionFixture<SuiteFixture>
{
    public const string Name = "whole suite with a killed service";
}

/// <summary>
/// Faults a user will meet, injected into a running suite while projects are created through the
/// gateway: every create the gateway accepted reaches every consumer exactly once after recovery.
/// </summary>
[Collection(FaultSuiteCollection.Name)]
public sealed class FaultTests(SuiteFixture suite)
{
    private const string RabbitMq = "rabbitmq";
    internal static readonly TimeSpan RecoveryTimeout = TimeSpan.FromMinutes(5);
    internal static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(60); // a first call on a loaded machine can take many seconds

    [Fact]
    public async Task RabbitMQ_stopped_during_a_stream_of_creates_and_started_again_on_its_port_every_accepted_create_reaches_every_consumer_once()
    {
        var org = Guid.NewGuid();
        using var channel = suite.GatewayChannel(await suite.TokenAsync("pm-alex", org));
        var accepted = new List<string>();
        // The caller is the org's first person and the PM of every project, so every service lets them read it.
        await new OwnershipV1.OrgService.OrgServiceClient(channel).AddPersonAsync(
            new OwnershipV1.AddPersonRequest { Name = "Alex PM", Email = "alex@example.com", Subject = "pm-alex" }, deadline: DateTime.UtcNow + CallDeadline);

        await CreateProjectsAsync(channel, "before", 6, accepted, ProjectManager);
        await RunCommandAsync(RabbitMq, KnownResourceCommands.StopCommand);
        await CreateProjectsAsync(channel, "broker down", 6, accepted, ProjectManager);
        await RunCommandAsync(RabbitMq, KnownResourceCommands.StartCommand);
        await CreateProjectsAsync(channel, "broker back", 6, accepted, ProjectManager);

        Assert.Equal(18, accepted.Count); // the outbox keeps creates working while the broker is down
        await AssertEveryConsumerKnowsExactlyAsync(channel, accepted);
    }

    /// <summary>Creates <paramref name="count"/> projects one after another; the ones answered OK are added to <paramref name="accepted"/>.</summary>
    internal static async Task CreateProjectsAsync(GrpcChannel channel, string phase, int count, List<string> accepted, params ProjectRole[] creatorRoles)
    {
        var ownership = new OwnershipV1.OwnershipService.OwnershipServiceClient(channel);
        for (var i = 0; i < count; i++)
        {
            try
            {
                var created = await ownership.CreateProjectAsync(new OwnershipV1.CreateProjectRequest
                {
                    Name = $"{phase} {i}",
                    Type = OwnershipV1.ProjectType.Film,
                    IdempotencyKey = Guid.NewGuid().ToString(),
                    CreatorRoles = { creatorRoles },
                }, deadline: DateTime.UtcNow + CallDeadline);
                accepted.Add(created.ProjectId);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Unavailable)
            {
                // Refused, not accepted: the caller would retry; such a create must not show up anywhere.
            }
        }
    }

    /// <summary>Reporting, ScopeChanges and ClientComms each know every accepted project, and Reporting counts each once.</summary>
    private static async Task AssertEveryConsumerKnowsExactlyAsync(GrpcChannel channel, IReadOnlyList<string> projects)
    {
        var reporting = new ReportingV1.ReportingService.ReportingServiceClient(channel);
        var scopeChanges = new ScopeChangesV1.ScopeChangeService.ScopeChangeServiceClient(channel);
        var clientComms = new ClientCommsV1.ClientCommsService.ClientCommsServiceClient(channel);
        foreach (var project in projects)
        {
            await Eventually.Until(() => AnswersAsync(reporting.GetProjectSummaryAsync(new ReportingV1.GetProjectSummaryRequest { ProjectId = project })), RecoveryTimeout);
            await Eventually.Until(() => AnswersAsync(scopeChanges.ListChangeRequestsAsync(new ScopeChangesV1.ListChangeRequestsRequest { ProjectId = project })), RecoveryTimeout);
            await Eventually.Until(() => AnswersAsync(clientComms.GetSpocAsync(new ClientCommsV1.GetSpocRequest { ProjectId = project })), RecoveryTimeout);
        }
        var portfolio = await reporting.GetPortfolioAsync(new ReportingV1.GetPortfolioRequest());
        Assert.Equal(projects.Count, portfolio.ProjectCount);
    }

    /// <summary>
    /// True once the call answers OK; NotFound (the project not known yet), PermissionDenied (the
    /// caller's person or membership not known yet) and Unavailable (still recovering) are false.
    /// </summary>
    internal static async Task<bool> AnswersAsync<T>(AsyncUnaryCall<T> call)
    {
        try
        {
            await call.ResponseAsync;
            return true;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.PermissionDenied or StatusCode.Unavailable)
        {
            return false;
        }
    }

    private Task RunCommandAsync(string resource, string command) => RunCommandAsync(suite, resource, command);

    internal static async Task RunCommandAsync(SuiteFixture suite, string resource, string command)
    {
        var commands = suite.App.Services.GetRequiredService<ResourceCommandService>();
        var result = await commands.ExecuteCommandAsync(resource, command);
        Assert.True(result.Success, $"{command} on {resource} failed: {result.Message}");
    }

    internal static int ResourcePid(SuiteFixture suite, string resource)
    {
        Assert.True(suite.App.ResourceNotifications.TryGetCurrentState(resource, out var state), $"{resource} has no state");
        var pid = state!.Snapshot.Properties.SingleOrDefault(p => p.Name == "executable.pid")?.Value?.ToString();
        Assert.True(int.TryParse(pid, out var id), $"{resource} shows no process id");
        return id;
    }

    /// <summary>kill -9 of the service's process (and whatever it started).</summary>
    internal static void KillProcessTree(int pid)
    {
        using var process = Process.GetProcessById(pid);
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    internal static async Task<(HttpStatusCode Status, string Body)> GatewayHealthAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/health");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

/// <summary>
/// kill -9 of a service: the gateway reports it on /health and answers its calls Unavailable at
/// once; creates accepted meanwhile wait in its durable queue, and once it is started again every
/// one of them reaches it exactly once.
/// </summary>
[Collection(KilledServiceSuiteCollection.Name)]
public sealed class KilledServiceTests(SuiteFixture suite)
{
    [Fact]
    public async Task A_killed_service_is_reported_and_answers_Unavailable_at_once_and_once_started_again_catches_up_on_every_create_once()
    {
        var org = Guid.NewGuid();
        using var channel = suite.GatewayChannel(await suite.TokenAsync("pm-alex", org));
        var reporting = new ReportingV1.ReportingService.ReportingServiceClient(channel);
        using var http = suite.GatewayHttp();
        http.DefaultRequestHeaders.Authorization = new("Bearer", await suite.TokenAsync("pm-alex", org));
        var accepted = new List<string>();
        // The caller is the org's first person and the PM of every project, so Reporting lets them read it.
        await new OwnershipV1.OrgService.OrgServiceClient(channel).AddPersonAsync(
            new OwnershipV1.AddPersonRequest { Name = "Alex PM", Email = "alex@example.com", Subject = "pm-alex" }, deadline: DateTime.UtcNow + FaultTests.CallDeadline);
        await FaultTests.CreateProjectsAsync(channel, "before the kill", 3, accepted, ProjectManager);
        foreach (var project in accepted)
            await Eventually.Until(() => FaultTests.AnswersAsync(reporting.GetProjectSummaryAsync(new ReportingV1.GetProjectSummaryRequest { ProjectId = project })), FaultTests.RecoveryTimeout);

        FaultTests.KillProcessTree(FaultTests.ResourcePid(suite, ResourceNames.Reporting));

        // Both of its routes (gRPC and REST) are reported before either is called.
        await Eventually.Until(async () => await FaultTests.GatewayHealthAsync(http) is { Status: HttpStatusCode.ServiceUnavailable } health
                                           && health.Body.Contains($"{ResourceNames.Reporting}-grpc", StringComparison.Ordinal)
                                           && health.Body.Contains($"{ResourceNames.Reporting}-http", StringComparison.Ordinal));
        // Unavailable, not DeadlineExceeded: the gateway answers long before the caller gives up.
        await RpcAssert.FailsWith(StatusCode.Unavailable, () => reporting.GetPortfolioAsync(
            new ReportingV1.GetPortfolioRequest(), deadline: DateTime.UtcNow + FaultTests.CallDeadline).ResponseAsync);
        using var rest = await http.GetAsync("/v1/reporting/portfolio");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, rest.StatusCode);
        Assert.NotNull(rest.Headers.RetryAfter);

        // The other services keep working: creates are still accepted while Reporting is down.
        await FaultTests.CreateProjectsAsync(channel, "reporting down", 3, accepted, ProjectManager);
        Assert.Equal(6, accepted.Count);

        await FaultTests.RunCommandAsync(suite, ResourceNames.Reporting, KnownResourceCommands.StartCommand);
        await suite.App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Reporting).WaitAsync(FaultTests.RecoveryTimeout);

        // Every create reaches it once: each project is known, and the portfolio counts each once.
        foreach (var project in accepted)
            await Eventually.Until(() => FaultTests.AnswersAsync(reporting.GetProjectSummaryAsync(new ReportingV1.GetProjectSummaryRequest { ProjectId = project })), FaultTests.RecoveryTimeout);
        Assert.Equal(accepted.Count, (await reporting.GetPortfolioAsync(new ReportingV1.GetPortfolioRequest())).ProjectCount);
        await Eventually.Until(async () => (await FaultTests.GatewayHealthAsync(http)).Status == HttpStatusCode.OK);
    }
}
