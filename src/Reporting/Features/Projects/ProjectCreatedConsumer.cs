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
        var portfolio = await db.Portfolios.SingleOrDefaultAsync(context.CancellationToken);
        if (portfolio is null)
        {
            portfolio = new OrgPortfolio { OrgId = e.OrgId };
            db.Portfolios.Add(portfolio);
        }
        portfolio.ProjectAdded();
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
