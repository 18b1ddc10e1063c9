using Crewline.BuildingBlocks.Findings;
using Crewline.Contracts;
using Crewline.Contracts.Common.V1;

namespace Crewline.Reporting.Features.Findings.Detection;

/// <summary>One cause a finding can stand for: its short name, the failure mode it is and the rule it reports under.</summary>
public sealed record FindingCause(string Name, FindingKind Kind, string RuleId, string Fix)
{
    /// <summary>R-FAIL-1: a function with two or more owners not declared shared (R-OWN-7).</summary>
    public static readonly FindingCause DuplicateOwners = new("duplicate-owners", FindingKind.DuplicatedFunction, "R-FAIL-1", FailureModeRules.FixNameAnOwner);

    /// <summary>R-FAIL-1: a role's status to the client refused because the other role had sent a different one (R-COMM-5).</summary>
    public static readonly FindingCause ConflictingClientStatus = new("conflicting-client-status", FindingKind.DuplicatedFunction, "R-FAIL-1",
        FailureModeRules.FixOneSourceOfTruth + " Only the SPOC sends the client status, composed from the plan.");

    /// <summary>R-FAIL-2: a function with no owner, or whose owner role nobody holds (R-OWN-7).</summary>
    public static readonly FindingCause UnownedFunction = new("unowned-function", FindingKind.UnownedFunction, "R-FAIL-2", FailureModeRules.FixNameAnOwner);

    /// <summary>R-FAIL-2: a vendor invoice unpaid past its terms (aging work on vendor-invoices).</summary>
    public static readonly FindingCause InvoicePastTerms = new("invoice-past-terms", FindingKind.AgingWork, "R-FAIL-2",
        FailureModeRules.FixNameAnOwner + " Vendor invoices and payments need one named owner who pays on terms.");

    /// <summary>R-FAIL-2: a scope change waiting on a signature past its deadline (R-SCOPE-3, R-SCOPE-7).</summary>
    public static readonly FindingCause AwaitingSignature = new("awaiting-signature", FindingKind.AgingWork, "R-FAIL-2",
        FailureModeRules.FixNameAnOwner + " Scope-change decisions are co-owned: the missing role signs, rejects or sends it back.");

    /// <summary>R-FAIL-3: a PM and a producer on the project and no declared reporting line between them.</summary>
    public static readonly FindingCause NoReportingLine = new("no-reporting-line", FindingKind.UnstatedHierarchy, "R-FAIL-3", FailureModeRules.FixDeclareHierarchy);

    /// <summary>R-FAIL-3: one role decided the other role's functions at least the threshold number of times (R-ROUTE-2).</summary>
    public static readonly FindingCause OverrideThreshold = new("override-threshold", FindingKind.UnstatedHierarchy, "R-FAIL-3", FailureModeRules.FixDeclareHierarchy);

    /// <summary>The proto enum name stored with the finding, e.g. <c>FINDING_KIND_AGING_WORK</c>.</summary>
    public string KindName => ProtoEnums.NameOf(Kind);
}
