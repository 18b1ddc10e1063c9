using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Domain.Portfolio;

/// <summary>One entry of a project's decision log (R-ROUTE-4).</summary>
public sealed class DecisionRow : IOrgOwned
{
    public Guid DecisionId { get; init; }
    public Guid OrgId { get; init; }
    public Guid ProjectId { get; init; }
    public required string FunctionKey { get; init; }
    public Guid DecidedBy { get; init; }

    /// <summary>The first role the decider held (proto enum name).</summary>
    public required string DecidedAs { get; init; }

    /// <summary>Briefed roles, comma-separated.</summary>
    public required string BriefedRoles { get; init; }
    public bool IsOverride { get; init; }
    public string Summary { get; init; } = "";
    public string Rationale { get; init; } = "";
    public Guid? CoDecidedBy { get; init; }
    public Guid? ChangeRequestId { get; init; }
    public DateTimeOffset DecidedAt { get; init; }
}
