using Crewline.Reporting.Infrastructure;
using Crewline.Reporting.Projections;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Findings;

/// <summary>The findings and the detectors' own tables (finding_*), emptied before a replay (every org's rows).</summary>
public sealed class FindingsStoreReset : IReplayableStore
{
    public Task ResetAsync(ReportingDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            "TRUNCATE findings, finding_cause_facts, finding_projects, finding_role_holders, finding_overrides",
            cancellationToken);
}
