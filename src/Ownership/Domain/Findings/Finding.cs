namespace Crewline.Ownership.Domain.Findings;

/// <summary>Which of the article's failure modes a finding is (R-FAIL-1..3).</summary>
public enum FindingKind
{
    /// <summary>Two accountable owners not declared shared, two timelines, or conflicting client status (R-FAIL-1).</summary>
    DuplicatedFunction = 1,
    /// <summary>A function nobody owns (R-OWN-7, R-FAIL-2).</summary>
    UnownedFunction = 2,
    /// <summary>An owned function whose work is aging, e.g. vendor invoices unpaid past terms (R-FAIL-2).</summary>
    AgingWork = 3,
    /// <summary>No declared reporting line, or one role repeatedly deciding the other's functions (R-FAIL-3).</summary>
    UnstatedHierarchy = 4,
}

/// <summary>
/// One detected failure, as R-FAIL-4 wants it: the project, the function, the evidence, and the
/// fix the article gives.
/// </summary>
/// <param name="RuleId">The rule the finding reports under (e.g. R-OWN-7, R-FAIL-2).</param>
/// <param name="FunctionKey">The function concerned; null when the finding is about the project as a whole.</param>
public sealed record Finding(
    FindingKind Kind,
    Guid ProjectId,
    string? FunctionKey,
    string Evidence,
    string Fix,
    string RuleId)
{
    public const string FixNameAnOwner = "Name one accountable owner for the function (or declare it Shared with named co-owners).";
    public const string FixOneSourceOfTruth = "Read status from one source of truth: the one shared plan.";
    public const string FixDeclareHierarchy = "Declare the hierarchy: peers, or which role is senior.";
}
