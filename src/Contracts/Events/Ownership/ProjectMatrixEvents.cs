namespace Crewline.Contracts.Events.Ownership;

/// <summary>The owners of a function on a project's ownership matrix changed (reassigned, added, removed, declared shared, R-OWN-1).</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="FunctionKey">The function.</param>
/// <param name="Change">What changed: <c>Reassigned</c>, <c>OwnerAdded</c>, <c>OwnerRemoved</c>, <c>MarkedShared</c> or <c>AddedToMatrix</c>.</param>
/// <param name="Owners">The proto enum names of the owner roles now.</param>
/// <param name="IsShared">Whether the function is declared shared now.</param>
/// <param name="ConfirmationsCleared">Whether earlier confirmations stopped counting.</param>
/// <param name="By">The subject of the caller.</param>
/// <param name="At">When it happened.</param>
public sealed record FunctionOwnershipChanged(
    Guid OrgId, Guid ProjectId, string FunctionKey, string Change, IReadOnlyList<string> Owners, bool IsShared, bool ConfirmationsCleared, string By, DateTimeOffset At) : IOrgEvent;

/// <summary>Owners of a function confirmed it (R-KICK-1).</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="FunctionKey">The function.</param>
/// <param name="Roles">The proto enum names of the owner roles confirmed.</param>
/// <param name="PersonId">The confirming person.</param>
/// <param name="At">When it was confirmed.</param>
public sealed record FunctionConfirmed(Guid OrgId, Guid ProjectId, string FunctionKey, IReadOnlyList<string> Roles, Guid PersonId, DateTimeOffset At) : IOrgEvent;

/// <summary>A change left a function with no owner, or with an owner role nobody on the project holds (R-OWN-7).</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="FunctionKey">The function.</param>
/// <param name="Evidence">What shows the gap.</param>
/// <param name="Fix">The fix the article gives.</param>
/// <param name="RuleId">The rule, R-OWN-7.</param>
/// <param name="DetectedAt">When it was detected.</param>
public sealed record OwnershipGapDetected(Guid OrgId, Guid ProjectId, string FunctionKey, string Evidence, string Fix, string RuleId, DateTimeOffset DetectedAt) : IOrgEvent;

/// <summary>A change left a function with two or more owners not declared shared (R-OWN-7).</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="ProjectId">The project.</param>
/// <param name="FunctionKey">The function.</param>
/// <param name="Evidence">What shows the duplicate.</param>
/// <param name="Fix">The fix the article gives.</param>
/// <param name="RuleId">The rule, R-OWN-7.</param>
/// <param name="DetectedAt">When it was detected.</param>
public sealed record DuplicateOwnershipDetected(Guid OrgId, Guid ProjectId, string FunctionKey, string Evidence, string Fix, string RuleId, DateTimeOffset DetectedAt) : IOrgEvent;
