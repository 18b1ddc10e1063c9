using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Paging;
using Crewline.Contracts;
using Crewline.Reporting.Domain.Findings;
using Crewline.Reporting.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Common = Crewline.Contracts.Common.V1;
using Proto = Crewline.Contracts.Reporting.V1;

namespace Crewline.Reporting.Features.Findings;

/// <summary>
/// Reads of the findings, always within the caller's org: an org admin reads every project's, any
/// other person of the org the findings of the projects they hold a role on. A project filter narrows
/// that set (a project the caller may not read gives an empty list, not its existence).
/// </summary>
public sealed class FindingsQueries(ReportingDbContext db, TimeProvider clock)
{
    public const int DefaultTimelineDays = 30;
    public const int MaxTimelineDays = 366;

    /// <summary>Newest first by opening time; the page token is the (opened_at, finding_id) of the last item.</summary>
    public async Task<Proto.ListFindingsResponse> ListAsync(Proto.ListFindingsRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.DecodeTimeAndId(request.PageToken, validator);
        var projectId = request.ProjectId.Length > 0 ? validator.Uuid(request.ProjectId, "project_id") : (Guid?)null;
        if (request.Kind != Common.FindingKind.Unspecified) validator.KnownEnum(request.Kind, "kind");
        validator.ThrowIfInvalid();

        var query = await VisibleAsync(caller, cancellationToken);
        if (projectId is { } project) query = query.Where(f => f.ProjectId == project);
        if (request.Kind != Common.FindingKind.Unspecified)
        {
            var kind = ProtoEnums.NameOf(request.Kind);
            query = query.Where(f => f.Kind == kind);
        }
        if (!request.IncludeClosed) query = query.Where(f => f.ClosedAt == null);
        var page = await query.NewestFirstPageAsync(f => f.OpenedAt, f => f.FindingId, after, size, cancellationToken);

        var names = await ProjectNamesAsync(page.Items.Select(f => f.ProjectId), cancellationToken);
        var response = new Proto.ListFindingsResponse { NextPageToken = page.NextPageToken };
        response.Findings.AddRange(page.Items.Select(f => f.ToProto(names.GetValueOrDefault(f.ProjectId, ""))));
        return response;
    }

    /// <summary>One point per day (UTC), oldest first, ending today: open at the end of the day by kind, opened and closed that day.</summary>
    public async Task<Proto.FindingsTimeline> TimelineAsync(Proto.GetFindingsTimelineRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        validator.Check(request.Days is >= 0 and <= MaxTimelineDays, "days", $"must be between 0 and {MaxTimelineDays}");
        validator.ThrowIfInvalid();
        var days = request.Days == 0 ? DefaultTimelineDays : request.Days;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var first = today.AddDays(1 - days);
        var (start, end) = (StartOf(first), StartOf(today.AddDays(1)));

        var rows = await (await VisibleAsync(caller, cancellationToken))
            .Where(f => f.OpenedAt < end && (f.ClosedAt == null || f.ClosedAt >= start))
            .Select(f => new { f.Kind, f.OpenedAt, f.ClosedAt })
            .ToListAsync(cancellationToken);

        var timeline = new Proto.FindingsTimeline();
        for (var day = first; day <= today; day = day.AddDays(1))
        {
            var (dayStart, dayEnd) = (StartOf(day), StartOf(day.AddDays(1)));
            var open = rows.Where(r => r.OpenedAt < dayEnd && (r.ClosedAt is null || r.ClosedAt >= dayEnd)).ToList();
            timeline.Days.Add(new Proto.FindingsDay
            {
                Date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                DuplicatedFunction = open.Count(r => r.Kind == KindName(Common.FindingKind.DuplicatedFunction)),
                UnownedFunction = open.Count(r => r.Kind == KindName(Common.FindingKind.UnownedFunction)),
                AgingWork = open.Count(r => r.Kind == KindName(Common.FindingKind.AgingWork)),
                UnstatedHierarchy = open.Count(r => r.Kind == KindName(Common.FindingKind.UnstatedHierarchy)),
                Opened = rows.Count(r => r.OpenedAt >= dayStart && r.OpenedAt < dayEnd),
                Closed = rows.Count(r => r.ClosedAt >= dayStart && r.ClosedAt < dayEnd),
            });
        }
        return timeline;
    }

    /// <summary>The findings the caller may read (the org filter applies first).</summary>
    private async Task<IQueryable<ReportedFinding>> VisibleAsync(CallerIdentity caller, CancellationToken cancellationToken)
    {
        var person = await db.RequireOrgPersonAsync(caller, cancellationToken);
        var query = db.Findings.AsNoTracking();
        if (person.IsOrgAdmin) return query;
        var mine = db.ProjectIdsOf(person.PersonId);
        return query.Where(f => mine.Contains(f.ProjectId));
    }

    /// <summary>The names of projects, as the detectors learnt them from ProjectCreated.</summary>
    public async Task<Dictionary<Guid, string>> ProjectNamesAsync(IEnumerable<Guid> projectIds, CancellationToken cancellationToken)
    {
        var ids = projectIds.Distinct().ToList();
        return await db.Set<FindingProject>().AsNoTracking().Where(p => ids.Contains(p.ProjectId))
            .ToDictionaryAsync(p => p.ProjectId, p => p.Name, cancellationToken);
    }

    private static string KindName(Common.FindingKind kind) => ProtoEnums.NameOf(kind);

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
