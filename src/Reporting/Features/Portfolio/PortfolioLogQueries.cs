using System.Globalization;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Paging;
using Crewline.Contracts.Reporting.V1;
using Crewline.Reporting.Domain.Portfolio;
using Crewline.Reporting.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Portfolio;

/// <summary>The logs across the caller's projects: decisions, scope changes with cycle times, and invoice aging.</summary>
public sealed class PortfolioLogQueries(ReportingDbContext db, TimeProvider clock)
{
    public async Task<ListDecisionLogResponse> ListDecisionsAsync(ListDecisionLogRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.DecodeTimeAndId(request.PageToken, validator);
        var projectId = OptionalProject(request.ProjectId, validator);
        validator.ThrowIfInvalid();

        var projects = await ProjectsAsync(projectId, caller, ct);
        var ids = projects.Select(p => p.ProjectId);
        var page = await db.Set<DecisionRow>().AsNoTracking().Where(d => ids.Contains(d.ProjectId))
            .NewestFirstPageAsync(d => d.DecidedAt, d => d.DecisionId, after, size, ct);
        var names = await NamesAsync(page.Items.Select(d => d.ProjectId), ct);

        var response = new ListDecisionLogResponse { NextPageToken = page.NextPageToken };
        response.Decisions.AddRange(page.Items.Select(d =>
        {
            var entry = new DecisionLogEntry
            {
                DecisionId = d.DecisionId.ToString(),
                ProjectId = d.ProjectId.ToString(),
                ProjectName = names.GetValueOrDefault(d.ProjectId, ""),
                FunctionKey = d.FunctionKey,
                DecidedByPersonId = d.DecidedBy.ToString(),
                DecidedAs = PortfolioMapping.Role(d.DecidedAs),
                IsOverride = d.IsOverride,
                Summary = d.Summary,
                Rationale = d.Rationale,
                CoDecidedByPersonId = d.CoDecidedBy?.ToString() ?? "",
                ChangeRequestId = d.ChangeRequestId?.ToString() ?? "",
                DecidedAt = PortfolioMapping.Time(d.DecidedAt),
            };
            entry.BriefedRoles.AddRange(d.BriefedRoles.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(PortfolioMapping.Role));
            return entry;
        }));
        return response;
    }

    public async Task<ListScopeChangeLogResponse> ListScopeChangesAsync(ListScopeChangeLogRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.DecodeTimeAndId(request.PageToken, validator);
        var projectId = OptionalProject(request.ProjectId, validator);
        validator.ThrowIfInvalid();

        var projects = await ProjectsAsync(projectId, caller, ct);
        var ids = projects.Select(p => p.ProjectId);
        var changes = db.Set<ScopeChangeRow>().AsNoTracking().Where(s => ids.Contains(s.ProjectId));
        if (request.OpenOnly) changes = changes.Where(s => s.ClosedAt == null);
        var page = await changes.NewestFirstPageAsync(s => s.SortAt, s => s.ChangeRequestId, after, size, ct);
        var names = await NamesAsync(page.Items.Select(s => s.ProjectId), ct);
        var now = clock.GetUtcNow();

        var decided = await changes.Where(s => s.ClosedAt != null && s.RequestedAt != null)
            .Select(s => new { s.RequestedAt, s.ClosedAt }).ToListAsync(ct);
        var response = new ListScopeChangeLogResponse
        {
            NextPageToken = page.NextPageToken,
            CycleTimes = CycleTimes.Of(decided.Select(s => (long)(s.ClosedAt!.Value - s.RequestedAt!.Value).TotalSeconds).ToList()),
        };
        response.ScopeChanges.AddRange(page.Items.Select(s => PortfolioMapping.ScopeChange(s, names.GetValueOrDefault(s.ProjectId, ""), now)));
        return response;
    }

    public async Task<ReportingInvoiceAging> GetInvoiceAgingAsync(GetReportingInvoiceAgingRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var projectId = OptionalProject(request.ProjectId, validator);
        validator.ThrowIfInvalid();

        var projects = await ProjectsAsync(projectId, caller, ct);
        var ids = projects.Select(p => p.ProjectId);
        var unpaid = await db.Set<InvoiceRow>().AsNoTracking().Where(i => ids.Contains(i.ProjectId) && i.Received && i.PaidOn == null)
            .Select(i => new { i.DueOn, i.Amount }).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var aging = new ReportingInvoiceAging
        {
            UnpaidCount = unpaid.Count,
            UnpaidTotal = unpaid.Sum(i => i.Amount).ToString("0.00", CultureInfo.InvariantCulture),
        };
        foreach (var (label, min, max) in AgingBuckets)
        {
            var inBucket = unpaid.Where(i =>
            {
                var days = i.DueOn is { } due ? today.DayNumber - due.DayNumber : 0;
                return days >= min && ((min > 0 && max == 0) || days <= max);
            }).ToList();
            aging.Buckets.Add(new AgingBucket
            {
                Label = label, MinDaysPastTerms = min == int.MinValue ? 0 : min, MaxDaysPastTerms = max, Count = inBucket.Count,
                Amount = inBucket.Sum(i => i.Amount).ToString("0.00", CultureInfo.InvariantCulture),
            });
        }
        return aging;
    }

    /// <summary>Days past terms: (label, min, max); the first bucket is everything not yet past its terms, the last is open-ended (max 0).</summary>
    private static readonly (string Label, int Min, int Max)[] AgingBuckets =
    [
        ("Not yet due", int.MinValue, 0), ("1–30 days past terms", 1, 30), ("31–60 days past terms", 31, 60),
        ("61–90 days past terms", 61, 90), ("Over 90 days past terms", 91, 0),
    ];

    private static Guid? OptionalProject(string value, RequestValidator validator) =>
        string.IsNullOrEmpty(value) ? null : validator.Uuid(value, "project_id");

    /// <summary>One readable project (NotFound/PermissionDenied as for its status), or every project the caller may read.</summary>
    private async Task<IQueryable<Domain.ProjectSummary>> ProjectsAsync(Guid? projectId, CallerIdentity caller, CancellationToken ct)
    {
        if (projectId is not { } id) return await db.ReadableProjectsAsync(caller, ct);
        await db.ReadableProjectAsync(id, caller, ct);
        return db.ProjectSummaries.AsNoTracking().Where(p => p.ProjectId == id);
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> projectIds, CancellationToken ct)
    {
        var ids = projectIds.Distinct().ToList();
        return await db.ProjectSummaries.AsNoTracking().Where(p => ids.Contains(p.ProjectId)).ToDictionaryAsync(p => p.ProjectId, p => p.Name, ct);
    }
}
