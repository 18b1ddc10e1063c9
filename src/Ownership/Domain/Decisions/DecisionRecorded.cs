using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Decisions;

/// <summary>Domain event: a decision was appended to the project's decision log (R-ROUTE-4).</summary>
public sealed record DecisionRecorded(
    Guid DecisionId,
    Guid OrgId,
    Guid ProjectId,
    string FunctionKey,
    Guid DecidedBy,
    IReadOnlyList<ProjectRole> DeciderRoles,
    IReadOnlyList<ProjectRole> BriefedRoles,
    bool IsOverride,
    DateTimeOffset DecidedAt);
