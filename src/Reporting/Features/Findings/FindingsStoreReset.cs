using Crewline.Reporting.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Findings;

/// <summary>
/// The hook a replay calls before re-applying the event log. Same shape as the replay command's
/// <c>IReplayableStore</c> (src/Reporting/Projections, on the "projections" branch, not on main yet):
/// at merge, <see cref="FindingsStoreReset"/> implements that interface instead and this one goes.
/// </summary>
public interface IFindingsStoreReset
{
    /// <summary>Deletes every row of the store's tables, of every org.</summary>
    Task ResetAsync(ReportingDbContext db, CancellationToken cancellationToken);
}

/// <summary>The findings and the detectors' own tables (finding_*), emptied before a replay (every org's rows).</summary>
public sealed class FindingsStoreReset : IFindingsStoreReset
{
    public Task ResetAsync(ReportingDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            "TRUNCATE findings, finding_cause_facts, finding_projects, finding_role_holders, finding_overrides",
            cancellationToken);
}
