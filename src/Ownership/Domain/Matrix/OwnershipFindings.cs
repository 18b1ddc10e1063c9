using Crewline.Ownership.Domain.Findings;
using Crewline.Ownership.Domain.Members;

namespace Crewline.Ownership.Domain.Matrix;

/// <summary>
/// R-OWN-7: detects gaps (a function with no owner, or whose owner role nobody on the project
/// holds) and duplicates (two or more owners not declared shared). Each finding reports under its
/// failure mode's rule (a gap R-FAIL-2, a duplicate R-FAIL-1).
/// </summary>
public static class OwnershipFindings
{
    public const string RuleId = "R-OWN-7";

    public static IReadOnlyList<Finding> Detect(Guid projectId, OwnershipMatrix matrix, ProjectMembers members)
    {
        var findings = new List<Finding>();
        foreach (var row in matrix.Rows)
        {
            if (Of(projectId, row, members) is { } finding) findings.Add(finding);
        }
        return findings;
    }

    /// <summary>The finding of one row, or null when its ownership is sound.</summary>
    public static Finding? Of(Guid projectId, MatrixRow row, ProjectMembers members)
    {
        switch (row.Ownership)
        {
            case RowOwnership.Unowned:
                return Gap(projectId, row, $"Function {row.Describe()} has no owner.");
            case RowOwnership.Duplicated:
                return new Finding(FindingKind.DuplicatedFunction, projectId, row.Key,
                    $"Function {row.Describe()} has {row.Owners.Count} accountable owners ({RoleNames.Of(row.Owners)}) and is not declared Shared.",
                    Finding.FixNameAnOwner);
        }
        var unheld = row.Owners.Where(r => !members.IsHeld(r)).ToList();
        if (unheld.Count == row.Owners.Count)
        {
            return Gap(projectId, row,
                $"Function {row.Describe()} is owned by the {RoleNames.Of(row.Owners)} role, but no project member holds {(unheld.Count == 1 ? "it" : "any of them")}.");
        }
        if (unheld.Count > 0)
        {
            return Gap(projectId, row,
                $"Function {row.Describe()} is shared by {RoleNames.Of(row.Owners)}, but no project member holds the co-owner role {RoleNames.Of(unheld)}.");
        }
        return null;
    }

    private static Finding Gap(Guid projectId, MatrixRow row, string evidence) =>
        new(FindingKind.UnownedFunction, projectId, row.Key, evidence, Finding.FixNameAnOwner);
}
