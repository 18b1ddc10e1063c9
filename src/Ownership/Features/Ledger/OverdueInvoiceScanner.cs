using Crewline.BuildingBlocks.Hosting;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Events.Ownership;
using Crewline.Ownership.Domain.Ledger;
using Crewline.Ownership.Infrastructure;
using Crewline.Ownership.Infrastructure.Plan;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenTelemetry;

namespace Crewline.Ownership.Features.Ledger;

/// <summary>How often the overdue-invoice scan runs (configuration section <c>Ledger:OverdueScan</c>).</summary>
public sealed class OverdueScanOptions
{
    public const string SectionName = "Ledger:OverdueScan";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>At most this many newly overdue invoices are handled per pass (the next pass takes the rest).</summary>
    public int BatchSize { get; set; } = 500;
}

/// <summary>
/// R-FAIL-2 as a deadline: periodically finds invoices that went unpaid past their terms and publishes
/// <see cref="VendorInvoiceOverdue"/> once per invoice (a notice row, keyed by invoice, records that it
/// was published, in the same transaction as the outbox row). There is no delayed-message plugin:
/// the database is scanned. The scan reads across orgs (<c>IgnoreQueryFilters</c>, no org is set in a
/// background job), then writes per org in a unit of work acting for that org.
/// </summary>
public sealed class OverdueInvoiceScanner(IServiceScopeFactory scopes, TimeProvider clock, OverdueScanOptions options, ILogger<OverdueInvoiceScanner> logger)
    : PeriodicScan(clock, logger)
{
    protected override string Name => "Overdue invoice scan";

    protected override TimeSpan Interval => options.Interval;

    /// <summary>One pass: returns how many invoices were newly reported overdue.</summary>
    public override async Task<int> ScanOnceAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        List<Candidate> candidates;
        // The scan runs every pass and usually finds nothing: it makes no span (only the work on found invoices does).
        using (SuppressInstrumentationScope.Begin())
            candidates = await FindCandidatesAsync(today, cancellationToken);

        var reported = 0;
        foreach (var org in candidates.GroupBy(c => c.OrgId))
            reported += await ReportAsync(org.Key, org.ToList(), today, cancellationToken);
        return reported;
    }

    private async Task<List<Candidate>> FindCandidatesAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OwnershipDbContext>();
        var notices = db.Set<InvoiceOverdueNotice>().IgnoreQueryFilters();
        return await db.Set<ProductionLedger>().IgnoreQueryFilters().AsNoTracking()
            .SelectMany(l => l.Invoices
                .Where(i => i.PaidOn == null && EF.Property<DateOnly>(i, ProductionLedgerConfiguration.InvoiceDueOn) < today
                            && !notices.Any(n => n.InvoiceId == i.Id))
                .Select(i => new { l.OrgId, l.ProjectId, l.Currency, i.Id, i.VendorName, i.Amount,
                    DueOn = EF.Property<DateOnly>(i, ProductionLedgerConfiguration.InvoiceDueOn) }))
            .OrderBy(c => c.DueOn).ThenBy(c => c.Id)
            .Select(c => new Candidate(c.OrgId, c.ProjectId, c.Currency, c.Id, c.VendorName, c.Amount, c.DueOn))
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task<int> ReportAsync(Guid orgId, List<Candidate> invoices, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(orgId);
        var db = scope.ServiceProvider.GetRequiredService<OwnershipDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<EventOutbox>();
        foreach (var i in invoices)
        {
            db.Add(new InvoiceOverdueNotice { OrgId = orgId, InvoiceId = i.InvoiceId, ProjectId = i.ProjectId, DetectedOn = today });
            outbox.Enqueue(new VendorInvoiceOverdue(orgId, i.ProjectId, i.InvoiceId, i.VendorName, i.Amount, i.Currency, i.DueOn, today));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another instance reported some of these in the meantime: the next pass reports the rest.
            return 0;
        }
        outbox.NotifyCommitted();
        return invoices.Count;
    }

    private sealed record Candidate(Guid OrgId, Guid ProjectId, string Currency, Guid InvoiceId, string VendorName, decimal Amount, DateOnly DueOn);
}
