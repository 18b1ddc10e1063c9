using Crewline.Reporting.Domain;
using Crewline.Reporting.Infrastructure;

namespace Crewline.Reporting.Projections;

/// <summary>Every event of a project stamps its read model's last-applied time (the latest event time seen, not the clock).</summary>
public static class ProjectActivity
{
    public static async Task StampAsync(ReportingDbContext db, Guid orgId, Guid projectId, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var project = await db.ProjectSummaries.FindAsync([projectId], cancellationToken);
        if (project is null)
        {
            project = ProjectSummary.Placeholder(orgId, projectId);
            db.ProjectSummaries.Add(project);
        }
        project.Touch(at);
    }
}
