using Crewline.BuildingBlocks.Membership;
using Crewline.Reporting.Domain.Portfolio;
using Crewline.Reporting.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Portfolio;

/// <summary>The counts behind health and the portfolio row, for a page of projects at once (one query per kind, by index).</summary>
internal sealed record ProjectCounts(int OpenFindings, int OpenScopeChanges, int LateMilestones, int LateTasks, int OverdueInvoices, int PastSignatureDeadline)
{
    public int LateItems => LateMilestones + LateTasks;
    public HealthInputs Health(bool closed) => new(closed, OpenFindings, LateMilestones, LateTasks, OverdueInvoices, PastSignatureDeadline);
}

internal static class ProjectCounters
{
    public static async Task<IReadOnlyDictionary<Guid, ProjectCounts>> CountAsync(ReportingDbContext db, IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var findings = await db.Findings.AsNoTracking().Where(f => ids.Contains(f.ProjectId) && f.ClosedAt == null)
            .GroupBy(f => f.ProjectId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var late = await db.Set<PlanItemRow>().AsNoTracking()
            .Where(p => ids.Contains(p.ProjectId) && p.Added && !p.Withdrawn && p.Due < today && p.Status != PlanItemRow.Done)
            .GroupBy(p => new { p.ProjectId, Milestone = p.Kind == PlanItemRow.Milestone })
            .Select(g => new { g.Key.ProjectId, g.Key.Milestone, Count = g.Count() }).ToListAsync(ct);
        var scope = await db.Set<ScopeChangeRow>().AsNoTracking().Where(s => ids.Contains(s.ProjectId) && s.ClosedAt == null)
            .GroupBy(s => s.ProjectId)
            .Select(g => new { g.Key, Open = g.Count(), Past = g.Count(s => s.SignatureDueAt < now) }).ToDictionaryAsync(x => x.Key, ct);
        var invoices = await db.Set<InvoiceRow>().AsNoTracking()
            .Where(i => ids.Contains(i.ProjectId) && i.Received && i.PaidOn == null && i.DueOn < today)
            .GroupBy(i => i.ProjectId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return ids.ToDictionary(id => id, id => new ProjectCounts(
            findings.GetValueOrDefault(id),
            scope.TryGetValue(id, out var s) ? s.Open : 0,
            late.Where(l => l.ProjectId == id && l.Milestone).Sum(l => l.Count),
            late.Where(l => l.ProjectId == id && !l.Milestone).Sum(l => l.Count),
            invoices.GetValueOrDefault(id),
            s?.Past ?? 0));
    }

    /// <summary>
    /// The PM and producer of each project (the lowest person id when several hold the role) with their
    /// names: one query for the whole page, the people joined in the role's own org so another org's
    /// person is never named.
    /// </summary>
    public static async Task<ILookup<Guid, KeyRoleHolder>> KeyRolesAsync(ReportingDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        (await (from r in db.Set<ReplicaProjectRole>().AsNoTracking()
                where ids.Contains(r.ProjectId) && r.Holds && (r.Role == MembershipNames.ProjectManager || r.Role == MembershipNames.Producer)
                join p in db.Set<ReplicaPerson>().AsNoTracking() on new { r.PersonId, r.OrgId } equals new { p.PersonId, p.OrgId } into people
                from p in people.DefaultIfEmpty()
                orderby r.PersonId
                select new KeyRoleHolder(r.ProjectId, r.Role, r.PersonId, p == null ? "" : p.Name)).ToListAsync(ct))
        .ToLookup(r => r.ProjectId);
}

/// <summary>Who holds a key role (PM or producer) on a project, and their name ("" when Reporting does not know the person).</summary>
internal sealed record KeyRoleHolder(Guid ProjectId, string Role, Guid PersonId, string Name);
