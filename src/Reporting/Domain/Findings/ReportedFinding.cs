using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Domain.Findings;

/// <summary>
/// One failure-mode finding (R-FAIL-1..3) in the R-FAIL-4 shape: project, function, evidence and
/// fix, opened when its cause appears and closed when the cause goes. At most one finding is open
/// per (project, cause, subject); a cause that comes back after closing opens a new finding.
/// </summary>
public sealed class ReportedFinding : IOrgOwned
{
    public Guid FindingId { get; init; }
    public Guid OrgId { get; init; }
    public Guid ProjectId { get; init; }

    /// <summary>The proto enum name of the kind, e.g. <c>FINDING_KIND_UNOWNED_FUNCTION</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>R-FAIL-1, R-FAIL-2 or R-FAIL-3.</summary>
    public required string RuleId { get; init; }

    /// <summary>What cause the finding stands for within its kind, e.g. <c>invoice-past-terms</c>.</summary>
    public required string Cause { get; init; }

    /// <summary>Which instance of the cause: a function key, an invoice id, a change request id, or empty for the project.</summary>
    public required string SubjectKey { get; init; }

    /// <summary>The function concerned (a catalog key); empty when the finding is about the project as a whole.</summary>
    public required string FunctionKey { get; init; }

    public required string Evidence { get; set; }
    public required string Fix { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; set; }

    public bool IsOpen => ClosedAt is null;
}
