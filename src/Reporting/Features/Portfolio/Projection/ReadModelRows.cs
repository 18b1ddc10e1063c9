using Crewline.Reporting.Domain;
using Crewline.Reporting.Domain.Portfolio;
using Crewline.Reporting.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Portfolio.Projection;

/// <summary>
/// Get-or-create of read-model rows: an event about a row that does not exist yet creates it as a
/// placeholder, so nothing an early event says is lost (the one order-tolerance approach used by
/// every portfolio projector, with per-field event times where a field can be set more than once).
/// </summary>
internal static class ReadModelRows
{
    public static async Task<ProjectSummary> ProjectAsync(this ReportingDbContext db, Guid orgId, Guid projectId, CancellationToken ct) =>
        await db.ProjectSummaries.FindAsync([projectId], ct) ?? db.ProjectSummaries.Add(ProjectSummary.Placeholder(orgId, projectId)).Entity;

    public static async Task<PlanItemRow> PlanItemAsync(this ReportingDbContext db, Guid orgId, Guid projectId, Guid itemId, CancellationToken ct) =>
        await db.Set<PlanItemRow>().FindAsync([itemId], ct)
        ?? db.Set<PlanItemRow>().Add(new PlanItemRow { ItemId = itemId, OrgId = orgId, ProjectId = projectId }).Entity;

    public static async Task<MatrixRow> MatrixRowAsync(this ReportingDbContext db, Guid orgId, Guid projectId, string functionKey, CancellationToken ct) =>
        await db.Set<MatrixRow>().FindAsync([projectId, functionKey], ct)
        ?? db.Set<MatrixRow>().Add(new MatrixRow { OrgId = orgId, ProjectId = projectId, FunctionKey = functionKey }).Entity;

    /// <summary>
    /// Get-or-create of many matrix rows of one project in one query (a project starts with a row
    /// per function of its matrix: one query, not one per function).
    /// </summary>
    public static async Task<IReadOnlyList<MatrixRow>> MatrixRowsAsync(this ReportingDbContext db, Guid orgId, Guid projectId, IEnumerable<string> functionKeys, CancellationToken ct)
    {
        var rows = db.Set<MatrixRow>();
        // Like FindAsync: by key, whatever the unit of work's org filter, and rows already tracked win.
        var stored = await rows.IgnoreQueryFilters().Where(r => r.ProjectId == projectId).ToListAsync(ct);
        var known = rows.Local.Where(r => r.ProjectId == projectId).Concat(stored)
            .DistinctBy(r => r.FunctionKey).ToDictionary(r => r.FunctionKey);
        return functionKeys.Select(key => known.TryGetValue(key, out var row)
            ? row
            : known[key] = rows.Add(new MatrixRow { OrgId = orgId, ProjectId = projectId, FunctionKey = key }).Entity).ToList();
    }

    public static async Task<ScopeChangeRow> ScopeChangeAsync(this ReportingDbContext db, Guid orgId, Guid projectId, Guid changeRequestId, DateTimeOffset at, CancellationToken ct)
    {
        var row = await db.Set<ScopeChangeRow>().FindAsync([changeRequestId], ct)
                  ?? db.Set<ScopeChangeRow>().Add(new ScopeChangeRow { ChangeRequestId = changeRequestId, OrgId = orgId, ProjectId = projectId, SortAt = at }).Entity;
        // Until the request itself arrives, the row sorts by its earliest event.
        if (row.RequestedAt is null && at < row.SortAt) row.SortAt = at;
        return row;
    }

    public static async Task<InvoiceRow> InvoiceAsync(this ReportingDbContext db, Guid orgId, Guid projectId, Guid invoiceId, CancellationToken ct) =>
        await db.Set<InvoiceRow>().FindAsync([invoiceId], ct)
        ?? db.Set<InvoiceRow>().Add(new InvoiceRow { InvoiceId = invoiceId, OrgId = orgId, ProjectId = projectId }).Entity;

    /// <summary>Records a fact once; its time is the latest seen for it.</summary>
    public static async Task FactAsync(this ReportingDbContext db, Guid orgId, Guid projectId, string kind, string key, DateTimeOffset? at, CancellationToken ct)
    {
        var fact = await db.Set<ProjectFact>().FindAsync([projectId, kind, key], ct);
        if (fact is null)
        {
            db.Set<ProjectFact>().Add(new ProjectFact { OrgId = orgId, ProjectId = projectId, Kind = kind, Key = key, At = at });
            return;
        }
        if (at is { } t && (fact.At is null || t > fact.At)) fact.At = t;
    }

    public static DateTimeOffset? Later(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } c && c >= candidate ? c : candidate;

    public static DateTimeOffset? Earlier(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } c && c <= candidate ? c : candidate;
}
