using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Domain.Findings;

/// <summary>One override (R-ROUTE-2): a decision on a function taken by a role that does not own it, counted toward R-FAIL-3.</summary>
public sealed class FindingOverride : IOrgOwned
{
    public Guid DecisionId { get; init; }
    public Guid OrgId { get; init; }
    public Guid ProjectId { get; init; }
    public required string FunctionKey { get; init; }
    /// <summary>The proto enum name of the role that decided, e.g. <c>PROJECT_ROLE_PRODUCER</c>.</summary>
    public required string DeciderRole { get; init; }
    /// <summary>The proto enum name of the role that owns the function.</summary>
    public required string OwnerRole { get; init; }
    public DateTimeOffset DecidedAt { get; init; }
}
