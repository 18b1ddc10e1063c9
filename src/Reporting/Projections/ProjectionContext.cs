using Crewline.Reporting.Domain.Findings;
using Crewline.Reporting.Infrastructure;

namespace Crewline.Reporting.Projections;

/// <summary>
/// One event's unit of work for its projectors: the database (already scoped to the event's org),
/// whether this is a replay, and what changed — the projects whose read models moved and the
/// findings opened or closed — for the live-update channel once the transaction commits.
/// </summary>
public sealed class ProjectionContext(ReportingDbContext db, bool isReplay)
{
    private readonly HashSet<Guid> changedProjects = [];
    private readonly List<FindingChange> findingChanges = [];

    public ReportingDbContext Db { get; } = db;

    /// <summary>True while rebuilding from the event log: publish no integration events.</summary>
    public bool IsReplay { get; } = isReplay;

    public IReadOnlyCollection<Guid> ChangedProjects => changedProjects;
    public IReadOnlyList<FindingChange> FindingChanges => findingChanges;

    public void ProjectChanged(Guid projectId) => changedProjects.Add(projectId);

    public void FindingOpened(ReportedFinding finding)
    {
        findingChanges.Add(new FindingChange(finding, Opened: true));
        changedProjects.Add(finding.ProjectId);
    }

    public void FindingClosed(ReportedFinding finding)
    {
        findingChanges.Add(new FindingChange(finding, Opened: false));
        changedProjects.Add(finding.ProjectId);
    }
}

/// <summary>A finding that opened (or closed) while applying one event.</summary>
public sealed record FindingChange(ReportedFinding Finding, bool Opened);
