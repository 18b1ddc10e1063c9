using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Decisions;

/// <summary>Who decides a decision, who must be briefed, and why (R-ROUTE-1..3).</summary>
/// <param name="FunctionKey">The touched function; null for a route by category alone.</param>
/// <param name="DecidingRoles">The role(s) that decide; two roles decide jointly.</param>
/// <param name="DeciderIds">The members holding a deciding role (one person may hold both).</param>
/// <param name="BriefedRoles">The roles that must be briefed on the decision.</param>
/// <param name="BriefedIds">The members holding a briefed role who are not already deciders.</param>
/// <param name="LeadershipJointly">The deciders take it jointly to leadership (R-ROUTE-3).</param>
/// <param name="Reason">A sentence a person can read, naming the rule.</param>
/// <param name="RuleId">The rule the route follows.</param>
public sealed record DecisionRoute(
    string? FunctionKey,
    IReadOnlyList<ProjectRole> DecidingRoles,
    IReadOnlyList<Guid> DeciderIds,
    IReadOnlyList<ProjectRole> BriefedRoles,
    IReadOnlyList<Guid> BriefedIds,
    bool LeadershipJointly,
    string Reason,
    string RuleId);
