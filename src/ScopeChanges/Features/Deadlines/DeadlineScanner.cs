using Crewline.BuildingBlocks.Hosting;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.ScopeChanges.Features.ChangeRequests;
using Crewline.ScopeChanges.Infrastructure;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry;

namespace Crewline.ScopeChanges.Features.Deadlines;

/// <summary>
/// R-SCOPE-7: periodically finds change requests whose assessment or sign-off is overdue and escalates them —
/// first to the role(s) that owe the work, then, <see cref="DeadlineOptions.LeadershipAfter"/> later, to
/// leadership — recording each escalation on the request (visible in queries) and publishing
/// <c>ScopeChangeEscalated</c> in the same transaction. There is no delayed-message plugin: the database is
/// scanned (an indexed <c>next_escalation_at</c>). The scan reads across orgs, then writes each request in a
/// unit of work acting for its org; a request changed concurrently is simply taken again on the next pass.
/// The clock is the injected <see cref="TimeProvider"/>, so tests move time instead of waiting.
/// </summary>
public sealed class DeadlineScanner(IServiceScopeFactory scopes, TimeProvider clock, DeadlineOptions options, ILogger<DeadlineScanner> logger)
    : PeriodicScan(clock, logger)
{
    protected override string Name => "Scope-change deadline scan";

    protected override TimeSpan Interval => options.ScanInterval;

    /// <summary>One pass: returns how many escalations were raised.</summary>
    public override async Task<int> ScanOnceAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        List<(Guid Org, Guid Id)> due;
        // Usually finds nothing: the scan query makes no span (the escalations it writes do).
        using (SuppressInstrumentationScope.Begin())
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ScopeChangesDbContext>();
            due = (await db.ChangeRequests.IgnoreQueryFilters().AsNoTracking()
                    .Where(c => c.NextEscalationAt != null && c.NextEscalationAt <= now)
                    .OrderBy(c => c.NextEscalationAt).ThenBy(c => c.Id)
                    .Select(c => new { c.OrgId, c.Id }).Take(options.BatchSize).ToListAsync(cancellationToken))
                .Select(c => (c.OrgId, c.Id)).ToList();
        }

        var raised = 0;
        foreach (var (org, id) in due)
        {
            try
            {
                raised += await EscalateAsync(org, id, now, cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone acted on it meanwhile: the next pass looks again.
            }
        }
        return raised;
    }

    private async Task<int> EscalateAsync(Guid org, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(org);
        var db = scope.ServiceProvider.GetRequiredService<ScopeChangesDbContext>();
        var events = scope.ServiceProvider.GetRequiredService<ChangeRequestEventStager>();
        var outbox = scope.ServiceProvider.GetRequiredService<EventOutbox>();
        var change = await db.ChangeRequests.SingleAsync(c => c.Id == id, cancellationToken);
        var escalations = change.EscalateOverdue(now, options.Policy);
        await events.StageAsync(change, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        outbox.NotifyCommitted();
        return escalations.Count;
    }
}
