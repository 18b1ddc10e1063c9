using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Functions;

/// <summary>
/// One function of the catalog: a unit of work that needs exactly one accountable owner
/// (or an explicit shared ownership) on every project.
/// </summary>
/// <param name="Key">Stable id, lower-kebab-case (e.g. <c>vendor-invoices</c>).</param>
/// <param name="Name">Human name.</param>
/// <param name="Area">What it touches (routing, R-ROUTE-1).</param>
/// <param name="DefaultOwners">The role(s) that own it by default: one role, or PM and producer for co-owned functions.</param>
/// <param name="RuleId">The rule that puts it in the catalog (e.g. R-OWN-2), or R-OWN-8 for an org's own.</param>
public sealed record FunctionDefinition(
    string Key,
    string Name,
    FunctionArea Area,
    IReadOnlyList<ProjectRole> DefaultOwners,
    string RuleId)
{
    public const int MaxKeyLength = 60;
    public const int MaxNameLength = 120;

    /// <summary>Co-owned by default (R-OWN-5).</summary>
    public bool SharedByDefault => DefaultOwners.Count > 1;
}
