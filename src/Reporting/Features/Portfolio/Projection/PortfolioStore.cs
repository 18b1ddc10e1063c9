using Crewline.Reporting.Infrastructure;
using Crewline.Reporting.Projections;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Portfolio.Projection;

/// <summary>The portfolio's read models, emptied before a replay (every org's rows).</summary>
public sealed class PortfolioStore : IReplayableStore
{
    public Task ResetAsync(ReportingDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            "TRUNCATE project_summaries, org_portfolios, rm_plan_items, rm_matrix_rows, rm_scope_changes, rm_decisions, rm_invoices, rm_project_facts",
            cancellationToken);
}
