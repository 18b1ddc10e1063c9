using Crewline.ScopeChanges.Domain;

namespace Crewline.ScopeChanges.Features.Deadlines;

/// <summary>
/// R-SCOPE-7's deadlines and the scan that enforces them (configuration section <c>ScopeChanges:Deadlines</c>):
/// how long assessing and signing may take, how long after the role's escalation leadership hears of it,
/// and how often the database is scanned.
/// </summary>
public sealed class DeadlineOptions
{
    public const string SectionName = "ScopeChanges:Deadlines";

    public TimeSpan AssessmentWindow { get; set; } = DeadlinePolicy.Default.AssessmentWindow;
    public TimeSpan SignOffWindow { get; set; } = DeadlinePolicy.Default.SignOffWindow;
    public TimeSpan LeadershipAfter { get; set; } = DeadlinePolicy.Default.LeadershipAfter;
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>At most this many change requests are escalated per pass (the next pass takes the rest).</summary>
    public int BatchSize { get; set; } = 200;

    public DeadlinePolicy Policy => new(AssessmentWindow, SignOffWindow, LeadershipAfter);
}
