using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Projections;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.OrgDesign;

/// <summary>The org's industry preset, for the org-design view: the latest configuration by its own time wins.</summary>
public sealed class OrgProfileProjector : IProjector<OrgProfileConfigured>
{
    public Task ApplyAsync(OrgProfileConfigured e, ProjectionContext context, CancellationToken cancellationToken) =>
        context.Db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO org_portfolios (org_id, project_count, industry_preset, preset_at) VALUES ({e.OrgId}, 0, {e.IndustryPreset}, {e.ConfiguredAt})
            ON CONFLICT (org_id) DO UPDATE SET industry_preset = excluded.industry_preset, preset_at = excluded.preset_at
            WHERE org_portfolios.preset_at IS NULL OR org_portfolios.preset_at <= excluded.preset_at
            """, cancellationToken);
}
