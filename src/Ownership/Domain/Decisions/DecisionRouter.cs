using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Decisions;

/// <summary>
/// Decision rights (R-ROUTE-1..3). By function: the owner of the touched function in the
/// project's matrix decides, whoever is senior (R-ROUTE-2); the other of PM / producer is
/// briefed. By category: external production → producer first, PM briefed; internal team or
/// process → PM first, producer briefed (R-ROUTE-1); capacity conflict → PM leads, producer
/// briefed only when production dependencies are affected; shoot-date move → PM and producer
/// jointly to leadership (R-ROUTE-3).
/// </summary>
public static class DecisionRouter
{
    private static readonly ProjectRole[] PmAndProducer = [ProjectRole.ProjectManager, ProjectRole.Producer];

    public static DecisionRoute WhoDecides(IProjectOwnership project, string functionKey)
    {
        var function = project.FunctionOf(functionKey)
            ?? throw new ValidationException("function_key", $"'{functionKey}' is not a function of this project's matrix.");
        var owners = project.OwnersOf(functionKey);
        if (owners.Count == 0)
            throw new RuleViolationException("R-OWN-7",
                $"Nobody owns {functionKey} in this project's matrix, so nobody can decide it: name an owner.");

        var briefed = PmAndProducer.Where(r => !owners.Contains(r)).ToArray();
        var reason = $"{functionKey} is owned by {Names(owners)} in this project's matrix{SharedNote(project, functionKey)}; "
            + AreaNote(function.Area, owners) + SeniorityNote(project.Hierarchy, owners);
        return Build(project, functionKey, owners, briefed, leadershipJointly: false, reason, "R-ROUTE-2");
    }

    public static DecisionRoute WhoDecides(
        IProjectOwnership project, DecisionCategory category, bool productionDependenciesAffected = false) => category switch
    {
        DecisionCategory.ExternalProduction => Build(project, null, [ProjectRole.Producer], [ProjectRole.ProjectManager], false,
            "Decisions touching external production route to the producer first; the PM is briefed (R-ROUTE-1).", "R-ROUTE-1"),
        DecisionCategory.InternalTeamOrProcess => Build(project, null, [ProjectRole.ProjectManager], [ProjectRole.Producer], false,
            "Decisions touching the internal team or process route to the PM first; the producer is briefed (R-ROUTE-1).", "R-ROUTE-1"),
        DecisionCategory.InternalCapacityConflict => Build(project, null, [ProjectRole.ProjectManager],
            productionDependenciesAffected ? [ProjectRole.Producer] : [], false,
            productionDependenciesAffected
                ? "An internal capacity conflict is led by the PM; production dependencies are affected, so the producer is briefed (R-ROUTE-3)."
                : "An internal capacity conflict is led by the PM; no production dependency is affected, so nobody else must be briefed (R-ROUTE-3).",
            "R-ROUTE-3"),
        DecisionCategory.ShootDateMove => Build(project, null, PmAndProducer, [], true,
            "A shoot date that must move is taken by the PM and the producer jointly to leadership (R-ROUTE-3).", "R-ROUTE-3"),
        _ => throw new ValidationException("category", $"Unknown decision category {(int)category}."),
    };

    private static DecisionRoute Build(
        IProjectOwnership project, string? functionKey, IReadOnlyList<ProjectRole> deciding, IReadOnlyList<ProjectRole> briefed,
        bool leadershipJointly, string reason, string ruleId)
    {
        var deciderIds = deciding.SelectMany(project.MembersWith).Distinct().ToArray();
        var briefedIds = briefed.SelectMany(project.MembersWith).Distinct().Where(id => !deciderIds.Contains(id)).ToArray();
        return new DecisionRoute(functionKey, deciding, deciderIds, briefed, briefedIds, leadershipJointly, reason, ruleId);
    }

    private static string AreaNote(FunctionArea area, IReadOnlyList<ProjectRole> owners)
    {
        var (first, areaText) = area switch
        {
            FunctionArea.ExternalProduction => ((ProjectRole?)ProjectRole.Producer, "decisions touching external production route to the producer first (R-ROUTE-1)"),
            FunctionArea.InternalFlow => (ProjectRole.ProjectManager, "decisions touching the internal team or process route to the PM first (R-ROUTE-1)"),
            FunctionArea.Joint => (null, "it is a co-owned function, so its owners decide together (R-OWN-5)"),
            _ => (null, "the owner of the touched function decides (R-ROUTE-2)"),
        };
        return first is { } role && !owners.Contains(role)
            ? $"decisions touching it would route to the {Name(role)} first (R-ROUTE-1), but the matrix names {Names(owners)} and the owner decides (R-ROUTE-2)"
            : areaText;
    }

    private static string SharedNote(IProjectOwnership project, string functionKey) =>
        project.IsShared(functionKey) ? " (declared shared)" : "";

    private static string SeniorityNote(Hierarchy hierarchy, IReadOnlyList<ProjectRole> owners)
    {
        var senior = hierarchy switch
        {
            Hierarchy.ProducerSenior => (ProjectRole?)ProjectRole.Producer,
            Hierarchy.ProjectManagerSenior => ProjectRole.ProjectManager,
            _ => null,
        };
        return senior is { } s && !owners.Contains(s)
            ? $"; the {Name(s)} is senior on this project, but the owner decides, whoever is senior (R-ROUTE-2)."
            : ".";
    }

    internal static string Name(ProjectRole role) => role switch
    {
        ProjectRole.ProjectManager => "PM",
        ProjectRole.Producer => "producer",
        ProjectRole.CreativeLead => "creative lead",
        ProjectRole.Leadership => "leadership",
        _ => role.ToString(),
    };

    internal static string Names(IEnumerable<ProjectRole> roles) => string.Join(" and ", roles.Select(Name));
}
