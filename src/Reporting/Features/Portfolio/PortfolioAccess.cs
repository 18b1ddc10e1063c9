using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.Reporting.Domain;
using Crewline.Reporting.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Portfolio;

/// <summary>
/// Who reads what in the portfolio (always inside the caller's org, by the query filter): one
/// project: its members and the org's admins; lists: every project for an admin, the caller's own
/// projects for anyone else.
/// </summary>
internal static class PortfolioAccess
{
    /// <summary>The projects (created, not placeholders) the caller may read.</summary>
    public static async Task<IQueryable<ProjectSummary>> ReadableProjectsAsync(this ReportingDbContext db, CallerIdentity caller, CancellationToken ct) =>
        db.ReadableProjects(await db.RequireOrgPersonAsync(caller, ct));

    /// <summary>The projects (created, not placeholders) <paramref name="person"/> may read: every one of the org for an admin.</summary>
    public static IQueryable<ProjectSummary> ReadableProjects(this ReportingDbContext db, ReplicaPerson person)
    {
        var projects = db.ProjectSummaries.AsNoTracking().Where(p => !p.IsPlaceholder);
        if (person.IsOrgAdmin) return projects;
        var mine = db.ProjectIdsOf(person.PersonId);
        return projects.Where(p => mine.Contains(p.ProjectId));
    }

    /// <summary>One project the caller may read: NotFound when unknown or of another org, PermissionDenied when not a member nor an admin.</summary>
    public static async Task<ProjectSummary> ReadableProjectAsync(this ReportingDbContext db, Guid projectId, CallerIdentity caller, CancellationToken ct)
    {
        var project = await db.ProjectSummaries.AsNoTracking().SingleOrDefaultAsync(p => p.ProjectId == projectId && !p.IsPlaceholder, ct)
                      ?? throw new NotFoundException("Project", projectId.ToString());
        var person = await db.RequireOrgPersonAsync(caller, ct);
        if (!person.IsOrgAdmin && (await db.RolesOfAsync(projectId, person.PersonId, ct)).Count == 0)
            throw new PermissionDeniedException("Only the project's members and the org's admins read its status.");
        return project;
    }
}
