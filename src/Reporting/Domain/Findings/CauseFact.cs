using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Domain.Findings;

/// <summary>
/// The latest known fact about one cause instance (project, cause, subject): present (with its
/// evidence) or gone, as of a time taken from the events. An older fact never overwrites a newer one,
/// and a terminal "gone" (an invoice paid, a change request ended) is never overwritten at all, so the
/// events of one cause may arrive in any order and any number of times.
/// </summary>
public sealed class CauseFact : IOrgOwned
{
    public Guid OrgId { get; init; }
    public Guid ProjectId { get; init; }
    public required string Cause { get; init; }
    public required string SubjectKey { get; init; }

    public bool Present { get; private set; }
    /// <summary>True once the cause went for good: no later fact brings it back.</summary>
    public bool Terminal { get; private set; }
    public DateTimeOffset At { get; private set; }
    /// <summary>When the cause appeared in the run of present facts that is current (null while gone).</summary>
    public DateTimeOffset? PresentSince { get; private set; }
    public string FunctionKey { get; private set; } = "";
    public string Evidence { get; private set; } = "";

    /// <summary>
    /// Takes a fact unless it is older than the one held (at the same time, "present" wins over
    /// "gone": a service publishes a change and the finding it causes with one time), or the cause already went for good; a terminal "gone" is taken whatever its time.
    /// True when it was taken.
    /// </summary>
    public bool Apply(bool present, bool terminal, DateTimeOffset at, string functionKey, string evidence)
    {
        if (Terminal) return false;
        var isFirst = At == default;
        var newer = at > At || (at == At && present);
        if (!isFirst && !newer && !(terminal && !present)) return false;
        PresentSince = present ? (Present && PresentSince is { } since ? since : at) : null;
        Present = present;
        Terminal = terminal && !present;
        At = at;
        if (present)
        {
            FunctionKey = functionKey;
            Evidence = evidence;
        }
        return true;
    }
}
