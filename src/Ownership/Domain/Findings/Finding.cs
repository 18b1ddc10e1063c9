namespace Crewline.Ownership.Domain.Findings;

/// <summary>Which of the article's failure modes a finding is (R-FAIL-1..3); it decides the rule the finding reports under.</summary>
public enum FindingKind
{
    /// <summary>Two accountable owners not declared shared (detected under R-OWN-7), two timelines, or conflicting client status (R-FAIL-1).</summary>
    DuplicatedFunction = 1,
    /// <summary>A function nobody owns, or whose owner role nobody holds (detected under R-OWN-7; a gap, R-FAIL-2).</summary>
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
/// <param name="FunctionKey">The function concerned; null when the finding is about the project as a whole.</param>
public sealed record Finding(
    FindingKind Kind,
    Guid ProjectId,
    string? FunctionKey,
    string Evidence,
    string Fix)
{
    /// <summary>The rule the finding reports under: R-FAIL-1 (duplicated), R-FAIL-2 (gap, aging work) or R-FAIL-3 (unstated hierarchy).</summary>
    public string RuleId => RuleOf(Kind);

    /// <summary>The failure-mode rule of a kind of finding.</summary>
    public static string RuleOf(FindingKind kind) => kind switch
    {
        FindingKind.DuplicatedFunction => "R-FAIL-1",
        FindingKind.UnownedFunction or FindingKind.AgingWork => "R-FAIL-2",
        FindingKind.UnstatedHierarchy => "R-FAIL-3",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of finding."),
    };

    public const string FixNameAnOwner = Crewline.BuildingBlocks.Findings.FailureModeRules.FixNameAnOwner;
    public const string FixOneSourceOfTruth = Crewline.BuildingBlocks.Findings.FailureModeRules.FixOneSourceOfTruth;
    public const string FixDeclareHierarchy = Crewline.BuildingBlocks.Findings.FailureModeRules.FixDeclareHierarchy;
}
