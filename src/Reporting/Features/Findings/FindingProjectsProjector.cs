using Crewline.Contracts.Events;
using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Domain.Findings;
using Crewline.Reporting.Projections;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Findings;

/// <summary>What the finding detectors keep of a project: its name (shown with its findings) and its latest hierarchy declaration.</summary>
public sealed class FindingProjectsProjector : IProjector<ProjectCreated>, IProjector<ProjectHierarchyDeclared>
{
    public async Task ApplyAsync(ProjectCreated e, ProjectionContext context, CancellationToken cancellationToken)
    {
        var project = await FindOrAddAsync(context, e.OrgId, e.ProjectId, cancellationToken);
        project.Name = e.Name;
        await context.Db.SaveChangesAsync(cancellationToken);
    }

    public async Task ApplyAsync(ProjectHierarchyDeclared e, ProjectionContext context, CancellationToken cancellationToken)
    {
        var project = await FindOrAddAsync(context, e.OrgId, e.ProjectId, cancellationToken);
        if (project.HierarchyDeclaredAt is { } known && known > e.At) return;
        project.HierarchyDeclaredAt = e.At;
        project.Hierarchy = e.Hierarchy;
        await context.Db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The detectors' row of a project, added (nameless) when an event about it comes before its ProjectCreated.</summary>
    public static async Task<FindingProject> FindOrAddAsync(ProjectionContext context, Guid orgId, Guid projectId, CancellationToken cancellationToken)
    {
        var projects = context.Db.Set<FindingProject>();
        var project = projects.Local.FirstOrDefault(p => p.ProjectId == projectId)
                      ?? await projects.SingleOrDefaultAsync(p => p.ProjectId == projectId, cancellationToken);
        if (project is not null) return project;
        project = new FindingProject { OrgId = orgId, ProjectId = projectId };
        projects.Add(project);
        return project;
    }
}
