using Crewline.BuildingBlocks.Findings;
using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Domain.Findings;
using Crewline.Reporting.Features.Findings.Detection;
using Crewline.Reporting.Projections;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Findings;

/// <summary>
/// R-FAIL-3, unstated hierarchy: decisions on one role's functions repeatedly taken by the other role
/// (R-ROUTE-2 overrides, <see cref="DecisionRecorded.IsOverride"/>). Counts, per deciding role, the
/// overrides a project manager took on functions a producer owns (and the reverse) since the latest
/// hierarchy declaration; at <see cref="FailureModeRules.RepeatedOverrideThreshold"/> (shared with
/// Ownership's detector) it opens, at the time of the override that reached it. Declaring the
/// hierarchy closes it; overrides after the declaration count anew. Silent on overrides by anyone
/// else (a creative lead, leadership) and by a person holding both roles.
/// </summary>
public sealed class OverrideThresholdDetector : IProjector<DecisionRecorded>, IProjector<ProjectHierarchyDeclared>
{
    private static readonly FindingCause Cause = FindingCause.OverrideThreshold;
    private static readonly string[] Pair = [MembershipNames.ProjectManager, MembershipNames.Producer];

    public async Task ApplyAsync(DecisionRecorded e, ProjectionContext context, CancellationToken cancellationToken)
    {
        if (!e.IsOverride) return;
        var decider = Pair.Where(e.DeciderRoles.Contains).ToList();
        if (decider.Count != 1) return;
        var owner = Pair.Single(r => r != decider[0]);
        if (!e.OwnerRoles.Contains(owner)) return;

        var overrides = context.Db.Set<FindingOverride>();
        if (await overrides.AnyAsync(o => o.DecisionId == e.DecisionId, cancellationToken)) return;
        overrides.Add(new FindingOverride
        {
            DecisionId = e.DecisionId, OrgId = e.OrgId, ProjectId = e.ProjectId, FunctionKey = e.FunctionKey,
            DeciderRole = decider[0], OwnerRole = owner, DecidedAt = e.DecidedAt,
        });
        await context.Db.SaveChangesAsync(cancellationToken);
        var project = await FindingProjectsProjector.FindOrAddAsync(context, e.OrgId, e.ProjectId, cancellationToken);
        await EvaluateAsync(context, e.OrgId, e.ProjectId, decider[0], project.HierarchyDeclaredAt, project.Hierarchy, cancellationToken);
    }

    public async Task ApplyAsync(ProjectHierarchyDeclared e, ProjectionContext context, CancellationToken cancellationToken)
    {
        var project = await FindingProjectsProjector.FindOrAddAsync(context, e.OrgId, e.ProjectId, cancellationToken);
        var (declaredAt, hierarchy) = project.HierarchyDeclaredAt is { } known && known > e.At ? (known, project.Hierarchy) : (e.At, e.Hierarchy);
        foreach (var role in Pair) await EvaluateAsync(context, e.OrgId, e.ProjectId, role, declaredAt, hierarchy, cancellationToken);
    }

    private static async Task EvaluateAsync(ProjectionContext context, Guid orgId, Guid projectId, string deciderRole,
        DateTimeOffset? declaredAt, string hierarchy, CancellationToken cancellationToken)
    {
        var counted = await context.Db.Set<FindingOverride>().AsNoTracking()
            .Where(o => o.ProjectId == projectId && o.DeciderRole == deciderRole && (declaredAt == null || o.DecidedAt > declaredAt))
            .OrderBy(o => o.DecidedAt).ThenBy(o => o.DecisionId).ToListAsync(cancellationToken);
        if (!FailureModeRules.IsRepeatedOverride(counted.Count))
        {
            if (declaredAt is { } at) await CauseFacts.GoneAsync(context, orgId, projectId, Cause, deciderRole, at, forGood: false, cancellationToken);
            return;
        }
        var owner = counted[0].OwnerRole;
        var perFunction = counted.GroupBy(o => o.FunctionKey).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var since = counted[FailureModeRules.RepeatedOverrideThreshold - 1].DecidedAt;
        var evidence = $"The {Words.Role(deciderRole)} took {counted.Count} decisions on functions the {Words.Role(owner)} owns "
                       + $"(threshold {FailureModeRules.RepeatedOverrideThreshold}) between {Words.Date(counted[0].DecidedAt)} and {Words.Date(counted[^1].DecidedAt)}: "
                       + string.Join(", ", perFunction.Select(g => $"{g.Key} ×{g.Count()}"))
                       + (declaredAt is { } d ? $"; all after the hierarchy was declared ({hierarchy}) on {Words.Date(d)}." : "; no hierarchy is declared.");
        await CauseFacts.PresentAsync(context, orgId, projectId, Cause, deciderRole, perFunction.Count == 1 ? perFunction[0].Key : "",
            evidence, since, cancellationToken);
    }
}
