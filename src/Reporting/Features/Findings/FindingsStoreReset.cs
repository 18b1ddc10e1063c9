using Crewline.Reporting.Domain.Findings;
using Crewline.Reporting.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Findings;

/// <summary>
/// The hook a replay calls before re-applying the event log: empties the findings and the detectors'
/// own tables (every org). Until the replay command's own store interface is on main, this is the
/// findings' one (the lead maps it onto that interface at merge).
/// </summary>
public interface IFindingsStoreReset
{
    Task ResetAsync(CancellationToken cancellationToken);
}

public sealed class FindingsStoreReset(ReportingDbContext db) : IFindingsStoreReset
{
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await db.Findings.IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        await db.Set<CauseFact>().IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        await db.Set<FindingRoleHolder>().IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        await db.Set<FindingOverride>().IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
        await db.Set<FindingProject>().IgnoreQueryFilters().ExecuteDeleteAsync(cancellationToken);
    }
}
