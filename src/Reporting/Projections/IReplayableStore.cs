using Crewline.Reporting.Infrastructure;

namespace Crewline.Reporting.Projections;

/// <summary>
/// A store built only from the event log (read models, findings): <c>replay</c> empties every one
/// before it re-applies the log. Register implementations as <c>IReplayableStore</c> (scoped).
/// </summary>
public interface IReplayableStore
{
    /// <summary>Deletes every row of the store's tables, of every org.</summary>
    Task ResetAsync(ReportingDbContext db, CancellationToken cancellationToken);
}
