using Crewline.BuildingBlocks.Domain;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Decisions;

/// <summary>
/// One entry of a project's decision log (R-ROUTE-4): who, which function, what, when, why and
/// who was briefed. The log is append-only, so a decision has no behaviour after it is recorded.
/// A decision taken by someone holding none of the function's owner roles is kept, not
/// rejected, and marked as an override (R-ROUTE-2); overrides feed unstated-hierarchy
/// detection (R-FAIL-3). The owner roles are captured as they were when the decision was taken.
/// </summary>
public sealed class Decision : AggregateRoot, IOrgOwned
{
    public const int MaxWhatLength = 500;
    public const int MaxWhyLength = 2000;

    private Decision() { }

    public Guid Id { get; private init; }
    public Guid OrgId { get; private init; }
    public Guid ProjectId { get; private init; }
    public string FunctionKey { get; private init; } = "";
    public string What { get; private init; } = "";
    public string Why { get; private init; } = "";
    public Guid DecidedBy { get; private init; }
    /// <summary>The roles the decider held on the project when deciding.</summary>
    public IReadOnlyList<ProjectRole> DeciderRoles { get; private init; } = [];
    /// <summary>The function's owner roles in the matrix when the decision was taken.</summary>
    public IReadOnlyList<ProjectRole> OwnerRoles { get; private init; } = [];
    public IReadOnlyList<ProjectRole> BriefedRoles { get; private init; } = [];
    public DateTimeOffset DecidedAt { get; private init; }
    /// <summary>The decider holds none of the function's owner roles (R-ROUTE-2).</summary>
    public bool IsOverride { get; private init; }
    /// <summary>Why the decision counts as an override; null when it is not one.</summary>
    public string? OverrideReason { get; private init; }
    /// <summary>The second decider of a joint decision (the producer beside the PM in <see cref="DecidedBy"/>); null for one decider.</summary>
    public Guid? CoDecidedBy { get; private init; }
    /// <summary>The scope change a joint decision approved (R-SCOPE-3); null for other decisions.</summary>
    public Guid? ChangeRequestId { get; private init; }

    /// <summary>
    /// Appends the joint decision of an approved scope change (R-SCOPE-3): the PM and the producer both signed
    /// it, so both are deciders — <paramref name="projectManagerId"/> as <see cref="DecidedBy"/>,
    /// <paramref name="producerId"/> as <see cref="CoDecidedBy"/> — on the joint function
    /// <c>scope-change-decisions</c> with their roles as they signed. Never an override: both owner roles decided.
    /// </summary>
    public static Decision RecordJoint(
        Guid id, Guid orgId, Guid projectId, Guid changeRequestId, Guid projectManagerId, Guid producerId,
        string what, string why, DateTimeOffset decidedAt)
    {
        ProjectRole[] both = [ProjectRole.ProjectManager, ProjectRole.Producer];
        var decision = new Decision
        {
            Id = id,
            OrgId = orgId,
            ProjectId = projectId,
            FunctionKey = Functions.FunctionKeys.ScopeChangeDecisions,
            What = Clip(what, MaxWhatLength),
            Why = Clip(why, MaxWhyLength),
            DecidedBy = projectManagerId,
            CoDecidedBy = producerId,
            DeciderRoles = both,
            OwnerRoles = both,
            BriefedRoles = both,
            DecidedAt = decidedAt,
            IsOverride = false,
            ChangeRequestId = changeRequestId,
        };
        decision.Raise(new DecisionRecorded(id, orgId, projectId, decision.FunctionKey, projectManagerId, both, both, false, decidedAt));
        return decision;
    }

    private static string Clip(string text, int max)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..max];
    }

    /// <summary>Appends a decision. Unknown function → <see cref="ValidationException"/>; unowned function → R-OWN-7; non-member → <see cref="PermissionDeniedException"/>.</summary>
    public static Decision Record(
        Guid id, Guid orgId, IProjectOwnership project, string functionKey, Guid decidedBy,
        string what, string why, IEnumerable<ProjectRole> briefedRoles, DateTimeOffset decidedAt)
    {
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(what) || what.Trim().Length > MaxWhatLength)
            violations.Add(new("what", $"Say what was decided, in 1 to {MaxWhatLength} characters."));
        if (string.IsNullOrWhiteSpace(why) || why.Trim().Length > MaxWhyLength)
            violations.Add(new("why", $"Say why, in 1 to {MaxWhyLength} characters."));
        var briefed = briefedRoles.Distinct().ToArray();
        if (briefed.Any(r => !Enum.IsDefined(r)))
            violations.Add(new("briefed_roles", "Contains an unknown role."));
        if (project.FunctionOf(functionKey) is null)
            violations.Add(new("function_key", $"'{functionKey}' is not a function of this project's matrix."));
        if (violations.Count > 0) throw new ValidationException(violations);

        var owners = project.OwnersOf(functionKey).ToArray();
        if (owners.Length == 0)
            throw new RuleViolationException("R-OWN-7", $"Nobody owns {functionKey} in this project's matrix: name an owner before deciding on it.");
        var deciderRoles = project.RolesOf(decidedBy).OrderBy(r => r).ToArray();
        if (deciderRoles.Length == 0)
            throw new PermissionDeniedException("Only a member of the project can record a decision on it.");

        var isOverride = !deciderRoles.Any(owners.Contains);
        var decision = new Decision
        {
            Id = id,
            OrgId = orgId,
            ProjectId = project.ProjectId,
            FunctionKey = functionKey,
            What = what.Trim(),
            Why = why.Trim(),
            DecidedBy = decidedBy,
            DeciderRoles = deciderRoles,
            OwnerRoles = owners,
            BriefedRoles = briefed,
            DecidedAt = decidedAt,
            IsOverride = isOverride,
            OverrideReason = isOverride
                ? $"Decided by {DecisionRouter.Names(deciderRoles)}, but {functionKey} is owned by {DecisionRouter.Names(owners)}: "
                  + "the owner decides, whoever is senior (R-ROUTE-2); this counts toward unstated-hierarchy detection (R-FAIL-3)."
                : null,
        };
        decision.Raise(new DecisionRecorded(id, orgId, project.ProjectId, functionKey, decidedBy, deciderRoles, briefed, isOverride, decidedAt));
        return decision;
    }
}
