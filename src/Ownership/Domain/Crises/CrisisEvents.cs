using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Crises;

/// <summary>Domain event: a crisis was opened with its lead named (R-CRISIS-1).</summary>
public sealed record CrisisOpened(
    Guid CrisisId, Guid OrgId, Guid ProjectId, string SourceFunctionKey, ProjectRole LeadRole,
    IReadOnlyList<Guid> LeadIds, ProjectRole CoordinatingRole, DateTimeOffset OpenedAt);

/// <summary>Domain event: the crisis lead resolved the crisis.</summary>
public sealed record CrisisResolved(Guid CrisisId, Guid OrgId, Guid ProjectId, Guid ResolvedBy, string Resolution, DateTimeOffset ResolvedAt);
