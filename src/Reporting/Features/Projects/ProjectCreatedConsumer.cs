using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Domain;
using Crewline.Reporting.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Projects;

/// <summary>Adds a created project to the reporting view and counts it in its org's portfolio.</summary>
public sealed class ProjectCreatedConsumer(ReportingDbContext db) : IConsumer<ProjectCreated>
{
    public async Task Consume(ConsumeContext<ProjectCreated> context)
    {
        var e = context.Message;
        if (await db.ProjectSummaries.AnyAsync(p => p.ProjectId == e.ProjectId, context.CancellationToken)) return;

        db.ProjectSummaries.Add(new ProjectSummary
        {
            ProjectId = e.ProjectId,
            OrgId = e.OrgId,
            Name = e.Name,
            ProjectType = e.ProjectType,
            CreatedAt = e.CreatedAt,
        });
        await db.SaveChangesAsync(context.CancellationToken);
        // One atomic statement: concurrent consumers of the same org never lose an increment.
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO org_portfolios (org_id, project_count) VALUES ({e.OrgId}, 1) ON CONFLICT (org_id) DO UPDATE SET project_count = org_portfolios.project_count + 1",
            context.CancellationToken);
    }
}
