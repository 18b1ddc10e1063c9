using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Paging;
using Crewline.Contracts;
using Crewline.Contracts.Reporting.V1;
using Crewline.Reporting.Domain.Portfolio;
using Crewline.Reporting.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Common = Crewline.Contracts.Common.V1;
using Own = Crewline.Contracts.Ownership.V1;

namespace Crewline.Reporting.Features.Portfolio;

/// <summary>A project's status and the portfolio page (filters, paging, total count, health).</summary>
public sealed class PortfolioQueries(ReportingDbContext db, TimeProvider clock)
{
    public async Task<ProjectStatus> GetProjectStatusAsync(GetProjectStatusRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var id = validator.Uuid(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();
        var project = await db.ReadableProjectAsync(id, caller, ct);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var counts = (await ProjectCounters.CountAsync(db, [id], now, ct))[id];

        var status = new ProjectStatus
        {
            ProjectId = id.ToString(),
            Name = project.Name,
            ProjectType = ProtoEnums.TryParse<Own.ProjectType>(project.ProjectType, out var type) ? type : Own.ProjectType.Unspecified,
            Phase = PortfolioMapping.PhaseOf(project),
            Health = ProjectHealthRule.Of(counts.Health(project.ClosedAt is not null)),
            Hierarchy = ProtoEnums.TryParse<Own.Hierarchy>(project.Hierarchy, out var hierarchy) ? hierarchy : Own.Hierarchy.Unspecified,
            CreatedAt = PortfolioMapping.Time(project.CreatedAt),
            UpdatedAt = project.UpdatedAt is { } updated ? PortfolioMapping.Time(updated) : null,
        };

        var roles = await db.Set<ReplicaProjectRole>().AsNoTracking().Where(r => r.ProjectId == id && r.Holds).ToListAsync(ct);
        var personIds = roles.Select(r => r.PersonId).Distinct().ToList();
        var people = await db.Set<ReplicaPerson>().AsNoTracking().Where(p => personIds.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, ct);
        foreach (var member in roles.GroupBy(r => r.PersonId).OrderBy(g => g.Key))
        {
            var view = new ProjectMemberView { PersonId = member.Key.ToString(), DisplayName = people.GetValueOrDefault(member.Key)?.Name ?? "" };
            view.Roles.AddRange(member.Select(r => PortfolioMapping.Role(r.Role)).Order());
            status.Members.Add(view);
        }

        var matrix = await db.Set<MatrixRow>().AsNoTracking().Where(m => m.ProjectId == id && m.OwnersAt != null).OrderBy(m => m.FunctionKey).ToListAsync(ct);
        var heldRoles = roles.Select(r => r.Role).ToHashSet();
        status.Matrix.AddRange(matrix.Select(m => PortfolioMapping.Cell(m, heldRoles)));

        var plan = await db.Set<PlanItemRow>().AsNoTracking().Where(p => p.ProjectId == id && p.Added && !p.Withdrawn)
            .OrderBy(p => p.Start).ThenBy(p => p.ItemId).ToListAsync(ct);
        status.Plan.AddRange(plan.Select(p => PortfolioMapping.PlanItem(p, today)));
        var soon = today.AddDays(14);
        status.MilestonesDue = plan.Count(p => p.Kind == PlanItemRow.Milestone && p.Status != PlanItemRow.Done && p.Due >= today && p.Due <= soon);
        status.MilestonesLate = counts.LateMilestones;

        var open = await db.Set<ScopeChangeRow>().AsNoTracking().Where(s => s.ProjectId == id && s.ClosedAt == null)
            .OrderByDescending(s => s.SortAt).ThenByDescending(s => s.ChangeRequestId).ToListAsync(ct);
        status.OpenScopeChanges.AddRange(open.Select(s => PortfolioMapping.ScopeChange(s, project.Name, now)));

        if (project.SpocNamedAt is { } namedAt)
        {
            var spocId = project.SpocPersonId
                         ?? (await db.Set<ReplicaPerson>().AsNoTracking().Where(p => p.Subject == project.SpocSubject).OrderBy(p => p.PersonId).FirstOrDefaultAsync(ct))?.PersonId;
            status.Spoc = new SpocView { PersonId = spocId?.ToString() ?? "", Role = PortfolioMapping.Role(project.SpocRole), NamedAt = PortfolioMapping.Time(namedAt) };
        }

        var facts = await db.Set<ProjectFact>().AsNoTracking().Where(f => f.ProjectId == id).ToListAsync(ct);
        status.Kickoff = new Progress
        {
            Done = facts.Count(f => f.Kind == FactKinds.KickoffStep),
            Total = Enum.GetValues<Own.KickoffStep>().Count(s => s != Own.KickoffStep.Unspecified),
        };
        status.Closeout = new Progress
        {
            Done = facts.Count(f => f.Kind is FactKinds.CloseoutItem or FactKinds.Retro),
            Total = matrix.Count + 1,
        };
        status.Conversation = PortfolioMapping.Conversation(facts);

        var findings = await db.Findings.AsNoTracking().Where(f => f.ProjectId == id && f.ClosedAt == null)
            .OrderBy(f => f.OpenedAt).ThenBy(f => f.FindingId).ToListAsync(ct);
        status.OpenFindings.AddRange(findings.Select(f => PortfolioMapping.Finding(f, project.Name)));
        return status;
    }

    public async Task<ListPortfolioResponse> ListPortfolioAsync(ListPortfolioRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.DecodeTimeAndId(request.PageToken, validator);
        var filter = PortfolioFilter.Validate(request.ProjectType, request.Phase, request.OwnerPersonId, request.Risk, validator);
        validator.ThrowIfInvalid();

        var now = clock.GetUtcNow();
        var person = await db.RequireOrgPersonAsync(caller, ct);
        var query = filter.Apply(db, db.ReadableProjects(person), now);
        // The whole org unfiltered (the dashboard's first view): the org's running project count, not a
        // count of every row (which grows with the org: the bench's 10,000-project org showed it).
        var total = person.IsOrgAdmin && filter.IsEmpty
            ? (await db.Portfolios.AsNoTracking().SingleOrDefaultAsync(ct))?.ProjectCount ?? 0
            : await query.CountAsync(ct);
        var page = await query.NewestFirstPageAsync(p => p.CreatedAt, p => p.ProjectId, after, size, ct);

        var response = new ListPortfolioResponse { NextPageToken = page.NextPageToken, TotalCount = total };
        response.Projects.AddRange(await RowsAsync(page.Items, now, ct));
        return response;
    }

    /// <summary>Every row matching the filters (for the export), newest first.</summary>
    public async Task<IReadOnlyList<PortfolioRow>> AllRowsAsync(PortfolioFilter filter, CallerIdentity caller, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var projects = await filter.Apply(db, await db.ReadableProjectsAsync(caller, ct), now)
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.ProjectId).ToListAsync(ct);
        return await RowsAsync(projects, now, ct);
    }

    private async Task<IReadOnlyList<PortfolioRow>> RowsAsync(IReadOnlyList<Domain.ProjectSummary> projects, DateTimeOffset now, CancellationToken ct)
    {
        var ids = projects.Select(p => p.ProjectId).ToList();
        var counts = await ProjectCounters.CountAsync(db, ids, now, ct);
        var keyRoles = await ProjectCounters.KeyRolesAsync(db, ids, ct);
        return projects.Select(p =>
        {
            var c = counts[p.ProjectId];
            var pm = keyRoles[p.ProjectId].FirstOrDefault(r => r.Role == MembershipNames.ProjectManager);
            var producer = keyRoles[p.ProjectId].FirstOrDefault(r => r.Role == MembershipNames.Producer);
            return new PortfolioRow
            {
                ProjectId = p.ProjectId.ToString(),
                Name = p.Name,
                ProjectType = ProtoEnums.TryParse<Own.ProjectType>(p.ProjectType, out var type) ? type : Own.ProjectType.Unspecified,
                Phase = PortfolioMapping.PhaseOf(p),
                Health = ProjectHealthRule.Of(c.Health(p.ClosedAt is not null)),
                ProjectManagerPersonId = pm?.PersonId.ToString() ?? "",
                ProjectManagerName = pm?.Name ?? "",
                ProducerPersonId = producer?.PersonId.ToString() ?? "",
                ProducerName = producer?.Name ?? "",
                OpenFindings = c.OpenFindings,
                OpenScopeChanges = c.OpenScopeChanges,
                LateItems = c.LateItems,
                OverdueInvoices = c.OverdueInvoices,
                CreatedAt = PortfolioMapping.Time(p.CreatedAt),
            };
        }).ToList();
    }
}
