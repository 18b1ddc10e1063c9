namespace Crewline.BuildingBlocks.Findings;

/// <summary>
/// The failure-mode rules (R-FAIL-1..4) every service detects the same way: the override threshold of
/// an unstated hierarchy (R-FAIL-3) and the fixes the article gives (R-FAIL-4). Ownership's own
/// detector and Reporting's cross-portfolio detectors both read them from here.
/// </summary>
public static class FailureModeRules
{
    /// <summary>How many overrides by the same non-owner role on the other role's functions make a pattern (R-FAIL-3).</summary>
    public const int RepeatedOverrideThreshold = 3;

    /// <summary>The fix for a gap or a duplicated owner.</summary>
    public const string FixNameAnOwner = "Name one accountable owner for the function (or declare it Shared with named co-owners).";

    /// <summary>The fix for a second timeline or conflicting status.</summary>
    public const string FixOneSourceOfTruth = "Read status from one source of truth: the one shared plan.";

    /// <summary>The fix for an unstated hierarchy.</summary>
    public const string FixDeclareHierarchy = "Declare the hierarchy: peers, or which role is senior.";

    /// <summary>
    /// Whether the overrides one role took on the other role's functions make a pattern: at least
    /// <see cref="RepeatedOverrideThreshold"/> of them.
    /// </summary>
    public static bool IsRepeatedOverride(int overrides) => overrides >= RepeatedOverrideThreshold;
}
