using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.OrgDesign;
using Crewline.Contracts;
using Crewline.Contracts.Reporting.V1;
using Crewline.Reporting.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Own = Crewline.Contracts.Ownership.V1;

namespace Crewline.Reporting.Features.OrgDesign;

/// <summary>
/// The org-design view (R-ORG-6): the org's live concurrent productions (projects past kickoff, not
/// closed) and how many are production-heavy, from Reporting's own portfolio, through the same advisor
/// Ownership uses, with the reasons that drove the advice. Any person of the org.
/// </summary>
public sealed class OrgDesignQueries(ReportingDbContext db)
{
    public async Task<OrgDesignView> GetAsync(CallerIdentity caller, CancellationToken cancellationToken)
    {
        await db.RequireOrgPersonAsync(caller, cancellationToken);
        var running = await db.ProjectSummaries.AsNoTracking()
            .Where(p => !p.IsPlaceholder && p.StartedAt != null && p.ClosedAt == null)
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.ProjectId)
            .Select(p => new { p.ProjectId, p.ProjectType })
            .ToListAsync(cancellationToken);
        var projects = running.Select(p => new PortfolioProject(p.ProjectId,
            ProtoEnums.TryParse<Own.ProjectType>(p.ProjectType, out var type) && ProjectTypes.IsProductionHeavy(type), Active: true)).ToList();
        var preset = (await db.Portfolios.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.IndustryPreset;
        var advice = StaffingAdvisor.Advise(PortfolioAnalyzer.InputsFrom(projects), PresetTitles.Of(preset));

        var heavy = projects.Count(p => p.ProductionHeavy);
        var view = new OrgDesignView
        {
            Advice = advice.ToProto(),
            ConcurrentProductions = projects.Count,
            ProductionHeavy = heavy,
            FlowHeavy = projects.Count - heavy,
        };
        view.CountedProjectIds.AddRange(projects.Select(p => p.ProjectId.ToString()));
        return view;
    }
}
