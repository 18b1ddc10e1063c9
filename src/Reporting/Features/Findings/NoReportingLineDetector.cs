using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Domain.Findings;
using Crewline.Reporting.Features.Findings.Detection;
using Crewline.Reporting.Projections;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Findings;

/// <summary>
/// R-FAIL-3, unstated hierarchy: no declared reporting line. Opens once the project has a project
/// manager and a producer who are two different people (before that there is no relationship to
/// state; one person wearing both hats needs none), at the time the later of the two took their role.
/// Closes when that pairing ends (a role removed) and closes for good on
/// <see cref="ProjectHierarchyDeclared"/>: a declared hierarchy is never undeclared.
/// </summary>
public sealed class NoReportingLineDetector :
    IProjector<ProjectMemberAdded>, IProjector<ProjectMemberRoleRemoved>, IProjector<ProjectHierarchyDeclared>
{
    private static readonly FindingCause Cause = FindingCause.NoReportingLine;

    public Task ApplyAsync(ProjectMemberAdded e, ProjectionContext context, CancellationToken cancellationToken) =>
        RoleChangedAsync(context, e.OrgId, e.ProjectId, e.PersonId, e.Role, holds: true, e.At, cancellationToken);

    public Task ApplyAsync(ProjectMemberRoleRemoved e, ProjectionContext context, CancellationToken cancellationToken) =>
        RoleChangedAsync(context, e.OrgId, e.ProjectId, e.PersonId, e.Role, holds: false, e.At, cancellationToken);

    public Task ApplyAsync(ProjectHierarchyDeclared e, ProjectionContext context, CancellationToken cancellationToken) =>
        CauseFacts.GoneAsync(context, e.OrgId, e.ProjectId, Cause, "", e.At, forGood: true, cancellationToken);

    private static async Task RoleChangedAsync(ProjectionContext context, Guid orgId, Guid projectId, Guid personId, string role, bool holds,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (role != MembershipNames.ProjectManager && role != MembershipNames.Producer) return;
        var holders = context.Db.Set<FindingRoleHolder>();
        var holder = await holders.SingleOrDefaultAsync(h => h.ProjectId == projectId && h.PersonId == personId && h.Role == role, cancellationToken);
        if (holder is null)
        {
            holder = new FindingRoleHolder { OrgId = orgId, ProjectId = projectId, PersonId = personId, Role = role };
            holders.Add(holder);
        }
        if (!holder.Apply(holds, at)) return;
        await context.Db.SaveChangesAsync(cancellationToken);

        var current = await holders.AsNoTracking().Where(h => h.ProjectId == projectId && h.Holds).ToListAsync(cancellationToken);
        var managers = current.Where(h => h.Role == MembershipNames.ProjectManager).ToList();
        var producers = current.Where(h => h.Role == MembershipNames.Producer).ToList();
        var paired = managers.Any(m => producers.Any(p => p.PersonId != m.PersonId));
        if (!paired)
        {
            await CauseFacts.GoneAsync(context, orgId, projectId, Cause, "", at, forGood: false, cancellationToken);
            return;
        }
        var since = Max(managers.Min(m => m.ChangedAt), producers.Min(p => p.ChangedAt));
        await CauseFacts.PresentAsync(context, orgId, projectId, Cause, "", "",
            $"The project has had a project manager ({managers.Count}) and a producer ({producers.Count}) since {Words.Date(since)}, "
            + "and no reporting line between them is declared (neither peers nor a senior role).",
            since, cancellationToken);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
