using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts.Events.Ownership;
using Crewline.Contracts.Reporting.V1;
using Crewline.Reporting.Features.Findings.Live;
using Crewline.TestSupport;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Crewline.Reporting.Tests.Findings;

/// <summary>
/// The live channel (LiveUpdatesService.WatchUpdates) end to end on one server: an event applied and
/// committed reaches, through PostgreSQL NOTIFY and the listener, exactly the streams that may read it.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class LiveUpdatesTests(ReportingFixture fixture)
{
    private readonly ProjectionDriver _driver = new(fixture.Service);

    [Fact]
    [Trait("Rule", "R-FAIL-2")]
    public async Task A_stream_of_org_A_sees_As_finding_open_live_and_a_stream_of_org_B_on_the_same_server_sees_nothing_of_it()
    {
        var (orgA, tokenA) = await AdminAsync("ops-ana");
        var (orgB, tokenB) = await AdminAsync("ops-ben");
        using var streamA = await WatchAsync(tokenA);
        using var streamB = await WatchAsync(tokenB);

        var projectA = Guid.NewGuid();
        await _driver.ApplyAllAsync(new ProjectCreated(orgA, projectA, "A's spot", "PROJECT_TYPE_FILM", "pm", DateTimeOffset.UtcNow), Overdue(orgA, projectA, "A vendor"));
        var seenByA = await NextFindingAsync(streamA);
        Assert.Equal(LiveUpdateKind.FindingOpened, seenByA.Kind);
        Assert.Equal(projectA.ToString(), seenByA.ProjectId);
        Assert.Equal("A's spot", seenByA.Finding.ProjectName);
        Assert.Equal("R-FAIL-2", seenByA.Finding.Finding.RuleId);
        Assert.Contains("A vendor", seenByA.Finding.Finding.Evidence);
        Assert.NotEmpty(seenByA.Finding.Finding.Fix);

        // B's stream was open all along: the first update it gets is B's own, not A's.
        var projectB = Guid.NewGuid();
        await _driver.ApplyAsync(Overdue(orgB, projectB, "B vendor"));
        var seenByB = await NextFindingAsync(streamB);
        Assert.Equal(projectB.ToString(), seenByB.ProjectId);
        Assert.Contains("B vendor", seenByB.Finding.Finding.Evidence);
        Assert.NotEqual(orgA, orgB);
    }

    [Fact]
    [Trait("Rule", "R-FAIL-2")]
    public async Task A_member_sees_live_updates_of_their_projects_only_and_the_close_of_a_finding()
    {
        var (org, _) = await AdminAsync("ops-cara");
        var (mine, theirs) = (Guid.NewGuid(), Guid.NewGuid());
        await fixture.Members.MemberAsync(org, mine, "pm-milo", MembershipNames.ProjectManager);
        using var stream = await WatchAsync(fixture.Service.TokenFor("pm-milo", org));

        var theirsOverdue = Overdue(org, theirs, "Not my vendor");
        var mineOverdue = Overdue(org, mine, "My vendor");
        await _driver.ApplyAllAsync(theirsOverdue, mineOverdue);
        var first = await NextFindingAsync(stream);
        Assert.Equal(mine.ToString(), first.ProjectId);
        Assert.Equal(LiveUpdateKind.FindingOpened, first.Kind);

        await _driver.ApplyAllAsync(
            new VendorInvoicePaid(org, theirs, theirsOverdue.InvoiceId, DateOnly.FromDateTime(DateTime.UtcNow), "producer"),
            new VendorInvoicePaid(org, mine, mineOverdue.InvoiceId, DateOnly.FromDateTime(DateTime.UtcNow), "producer"));
        var closed = await NextFindingAsync(stream);
        Assert.Equal(LiveUpdateKind.FindingClosed, closed.Kind);
        Assert.Equal(mine.ToString(), closed.ProjectId);
        Assert.Equal(first.Finding.FindingId, closed.Finding.FindingId);
        Assert.NotNull(closed.Finding.ClosedAt);
    }

    [Fact]
    public async Task Watching_a_project_the_caller_holds_no_role_on_is_PermissionDenied_and_without_a_token_Unauthenticated()
    {
        var (org, _) = await AdminAsync("ops-dora");
        await fixture.Members.MemberAsync(org, Guid.NewGuid(), "pm-nell", MembershipNames.ProjectManager);
        var client = new LiveUpdatesService.LiveUpdatesServiceClient(fixture.Service.CreateChannel(fixture.Service.TokenFor("pm-nell", org)));

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, async () =>
        {
            using var call = client.WatchUpdates(new WatchUpdatesRequest { ProjectId = Guid.NewGuid().ToString() });
            await call.ResponseStream.MoveNext(CancellationToken.None);
        });
        var anonymous = new LiveUpdatesService.LiveUpdatesServiceClient(fixture.Service.CreateChannel());
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, async () =>
        {
            using var call = anonymous.WatchUpdates(new WatchUpdatesRequest());
            await call.ResponseStream.MoveNext(CancellationToken.None);
        });
    }

    [Fact]
    [Trait("Rule", "R-FAIL-2")]
    public async Task The_listener_reconnects_after_its_connection_is_killed_and_streams_keep_getting_updates()
    {
        var (org, token) = await AdminAsync("ops-eve");
        using var stream = await WatchAsync(token);
        var hub = fixture.Service.Services.GetRequiredService<LiveUpdateHub>();
        var sessions = hub.ListenSessions;

        await using (var admin = new NpgsqlConnection(fixture.Service.DatabaseConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN reporting_live' AND pid <> pg_backend_pid()", admin);
            Assert.Equal(1L, await kill.ExecuteScalarAsync());
        }
        await Eventually.Until(() => Task.FromResult(hub.ListenSessions > sessions && hub.IsListening));

        var project = Guid.NewGuid();
        await _driver.ApplyAsync(Overdue(org, project, "After the outage"));
        var update = await NextFindingAsync(stream);
        Assert.Equal(project.ToString(), update.ProjectId);
    }

    private async Task<(Guid Org, string Token)> AdminAsync(string subject)
    {
        var (org, _) = await fixture.NewOrgCallerAsync(subject);
        return (org, fixture.Service.TokenFor(subject, org));
    }

    /// <summary>Opens a stream once the server listens for notifications, and reads its SUBSCRIBED message (the subscription is live from then on).</summary>
    private async Task<AsyncServerStreamingCall<LiveUpdate>> WatchAsync(string token)
    {
        var hub = fixture.Service.Services.GetRequiredService<LiveUpdateHub>();
        await Eventually.Until(() => Task.FromResult(hub.IsListening));
        var call = new LiveUpdatesService.LiveUpdatesServiceClient(fixture.Service.CreateChannel(token)).WatchUpdates(new WatchUpdatesRequest());
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(LiveUpdateKind.Subscribed, call.ResponseStream.Current.Kind);
        return call;
    }

    /// <summary>The stream's next finding update, past heartbeats and project changes; bounded so a broken channel fails the test.</summary>
    private static async Task<LiveUpdate> NextFindingAsync(AsyncServerStreamingCall<LiveUpdate> call)
    {
        using var bound = new CancellationTokenSource(Eventually.DefaultTimeout);
        while (await call.ResponseStream.MoveNext(bound.Token))
        {
            var update = call.ResponseStream.Current;
            if (update.Kind is LiveUpdateKind.FindingOpened or LiveUpdateKind.FindingClosed) return update;
        }
        throw new InvalidOperationException("The stream ended before a finding update came.");
    }

    private static VendorInvoiceOverdue Overdue(Guid org, Guid project, string vendor) =>
        new(org, project, Guid.NewGuid(), vendor, 250m, "EUR", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-20), DateOnly.FromDateTime(DateTime.UtcNow));
}
