namespace Crewline.Ownership.Domain.Kickoff;

/// <summary>The presentations and scope confirmations of a kickoff meeting (R-KICK-2).</summary>
public enum KickoffStep
{
    /// <summary>The producer presents the production plan.</summary>
    ProductionPlanPresented = 1,
    /// <summary>The PM presents the project plan.</summary>
    ProjectPlanPresented = 2,
    /// <summary>The PM presents the review process.</summary>
    ReviewProcessPresented = 3,
    /// <summary>The creative lead walks the brief.</summary>
    BriefWalkedThrough = 4,
    /// <summary>The producer confirms the production scope.</summary>
    ProductionScopeConfirmed = 5,
    /// <summary>The PM confirms the project-flow scope.</summary>
    ProjectFlowScopeConfirmed = 6,
}
