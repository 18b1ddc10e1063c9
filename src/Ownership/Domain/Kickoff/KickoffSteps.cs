using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Kickoff;

/// <summary>Who does each kickoff step (R-KICK-2).</summary>
public static class KickoffSteps
{
    public static IReadOnlyList<KickoffStep> All { get; } = Enum.GetValues<KickoffStep>();

    public static ProjectRole RoleFor(KickoffStep step) => step switch
    {
        KickoffStep.ProductionPlanPresented => ProjectRole.Producer,
        KickoffStep.ProjectPlanPresented => ProjectRole.ProjectManager,
        KickoffStep.ReviewProcessPresented => ProjectRole.ProjectManager,
        KickoffStep.BriefWalkedThrough => ProjectRole.CreativeLead,
        KickoffStep.ProductionScopeConfirmed => ProjectRole.Producer,
        KickoffStep.ProjectFlowScopeConfirmed => ProjectRole.ProjectManager,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    public static string Describe(KickoffStep step) => step switch
    {
        KickoffStep.ProductionPlanPresented => "the producer presents the production plan",
        KickoffStep.ProjectPlanPresented => "the PM presents the project plan",
        KickoffStep.ReviewProcessPresented => "the PM presents the review process",
        KickoffStep.BriefWalkedThrough => "the creative lead walks the brief",
        KickoffStep.ProductionScopeConfirmed => "the producer confirms the production scope",
        KickoffStep.ProjectFlowScopeConfirmed => "the PM confirms the project-flow scope",
        _ => step.ToString(),
    };
}
