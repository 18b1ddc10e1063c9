using Crewline.Ownership.Domain.Matrix;
using Crewline.Ownership.Domain.Members;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Kickoff;

/// <summary>What keeps a project in kickoff (R-KICK-1, with the R-KICK-2 steps): every unmet condition, in a stable order.</summary>
public static class KickoffGate
{
    public const string RuleId = "R-KICK-1";
    private const string StepsRuleId = "R-KICK-2";
    private static readonly ProjectRole[] PlanningRoles = [ProjectRole.ProjectManager, ProjectRole.Producer];

    public static IReadOnlyList<UnmetKickoffCondition> Evaluate(
        OwnershipMatrix matrix,
        ProjectMembers members,
        SpocRecord? spoc,
        Hierarchy hierarchy,
        CommunicationCadence? cadence,
        IReadOnlySet<KickoffStep> stepsDone,
        IReadOnlySet<ProjectRole> rolesWithPlannedMilestones)
    {
        var unmet = new List<UnmetKickoffCondition>();
        foreach (var row in matrix.Rows)
        {
            if (FunctionCondition(row, members) is { } condition) unmet.Add(condition);
        }
        if (spoc is null)
            unmet.Add(new(KickoffConditionKind.SpocNotNamed, "The SPOC is not named.", RuleId));
        if (hierarchy == Hierarchy.Undeclared)
            unmet.Add(new(KickoffConditionKind.HierarchyUndeclared, "The hierarchy is not declared (peers, or which role is senior).", RuleId));
        if (cadence is null)
            unmet.Add(new(KickoffConditionKind.CadenceNotSet, "The communication cadence is not set.", RuleId));
        foreach (var role in PlanningRoles.Where(r => !rolesWithPlannedMilestones.Contains(r)))
            unmet.Add(new(KickoffConditionKind.MilestonesMissing, $"The {RoleNames.Of(role)} has no milestones on the shared plan.", RuleId, Roles: [role]));
        foreach (var step in KickoffSteps.All.Where(s => !stepsDone.Contains(s)))
            unmet.Add(new(KickoffConditionKind.StepNotDone, $"Kickoff step not done: {KickoffSteps.Describe(step)}.", StepsRuleId,
                Roles: [KickoffSteps.RoleFor(step)], Step: step));
        return unmet;
    }

    private static UnmetKickoffCondition? FunctionCondition(MatrixRow row, ProjectMembers members)
    {
        switch (row.Ownership)
        {
            case RowOwnership.Unowned:
                return new(KickoffConditionKind.FunctionUnowned, $"Function {row.Describe()} has no owner to confirm it.", RuleId, row.Key, []);
            case RowOwnership.Duplicated:
                return new(KickoffConditionKind.FunctionDuplicated,
                    $"Function {row.Describe()} has {row.Owners.Count} owners ({RoleNames.Of(row.Owners)}) not declared Shared: name one owner or declare it Shared.",
                    RuleId, row.Key, row.Owners);
        }
        var missing = row.Confirmations.Missing(row.Owners);
        if (missing.Count == 0) return null;
        var unheld = missing.Where(r => !members.IsHeld(r)).ToList();
        if (unheld.Count > 0)
        {
            return new(KickoffConditionKind.FunctionUnowned,
                $"Function {row.Describe()} is owned by the {RoleNames.Of(unheld)} role, which no project member holds: nobody can confirm it.",
                RuleId, row.Key, missing);
        }
        return new(KickoffConditionKind.FunctionNotConfirmed,
            $"Function {row.Describe()} is not confirmed by its owner ({RoleNames.Of(missing)}).", RuleId, row.Key, missing);
    }
}
