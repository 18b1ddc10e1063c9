using System.Diagnostics;

namespace Crewline.Bench.Suite;

/// <summary>
/// Sees when created projects become visible in Reporting without asking Reporting:
/// <c>project_summaries</c> by primary key on Reporting's database (see <see cref="DatabaseWatch"/>).
/// </summary>
public sealed class ReportingWatch(string reportingConnectionString, Stopwatch clock)
    : DatabaseWatch(reportingConnectionString, "SELECT project_id FROM project_summaries WHERE project_id = ANY($1)", clock);
