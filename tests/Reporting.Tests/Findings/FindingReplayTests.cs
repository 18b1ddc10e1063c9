using Crewline.BuildingBlocks.Findings;
using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts.Events;
using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Features.Findings;
using Crewline.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Reporting.Tests.Findings;

/// <summary>A replay after the reset hook rebuilds exactly the findings live processing built, and publishes nothing.</summary>
[Collection(ReportingCollection.Name)]
public sealed class FindingReplayTests(ReportingFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    [Trait("Rule", "R-FAIL-2")]
    public async Task R_FAIL_2_and_R_FAIL_3_findings_rebuilt_by_a_replay_have_the_same_ids_times_and_evidence_and_no_new_events()
    {
        // A service of its own: the reset empties every org's findings.
        var service = fixture.CreateFactory();
        var driver = new ProjectionDriver(service);
        var (org, project, invoice) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        IOrgEvent[] log =
        [
            new ProjectCreated(org, project, "Replayed", "PROJECT_TYPE_FILM", "pm-alex", T0),
            new VendorInvoiceOverdue(org, project, invoice, "Grip & Co", 120m, "EUR", new DateOnly(2026, 9, 20), new DateOnly(2026, 10, 2)),
            new ProjectMemberAdded(org, project, Guid.NewGuid(), MembershipNames.ProjectManager, "admin", T0),
            new ProjectMemberAdded(org, project, Guid.NewGuid(), MembershipNames.Producer, "admin", T0.AddHours(1)),
            new VendorInvoicePaid(org, project, invoice, new DateOnly(2026, 10, 4), "producer-pat"),
            new OwnershipGapDetected(org, project, "archive", "No owner.", FailureModeRules.FixNameAnOwner, "R-OWN-7", T0.AddDays(1)),
        ];
        await driver.ApplyAllAsync(log);
        var live = Snapshot(await driver.FindingsOfAsync(org, project));
        Assert.Equal(3, live.Count);
        var outboxBefore = await OutboxRowsAsync(service);

        await service.InScopeAsync(null, async sp =>
        {
            await sp.GetServices<Projections.IReplayableStore>().OfType<FindingsStoreReset>().Single().ResetAsync(sp.GetRequiredService<Infrastructure.ReportingDbContext>(), CancellationToken.None);
            return true;
        });
        Assert.Empty(await driver.FindingsOfAsync(org, project));
        foreach (var e in log) await driver.ApplyAsync(e, replay: true);

        Assert.Equal(live, Snapshot(await driver.FindingsOfAsync(org, project)));
        Assert.Equal(outboxBefore, await OutboxRowsAsync(service));
    }

    private static List<string> Snapshot(IEnumerable<Domain.Findings.ReportedFinding> findings) =>
        findings.Select(f => $"{f.FindingId}|{f.Cause}|{f.SubjectKey}|{f.OpenedAt:O}|{f.ClosedAt:O}|{f.Evidence}|{f.Fix}").Order(StringComparer.Ordinal).ToList();

    private static Task<int> OutboxRowsAsync(ServiceFactory<Program> service) => service.InScopeAsync(null, sp =>
        sp.GetRequiredService<Infrastructure.ReportingDbContext>().OutboxMessages.CountAsync());
}
