namespace Crewline.Ownership.Domain.Kickoff;

/// <summary>Which kickoff condition (R-KICK-1, R-KICK-2) is unmet.</summary>
public enum KickoffConditionKind
{
    /// <summary>A function's owner (every co-owner of a shared one) has not confirmed it.</summary>
    FunctionNotConfirmed = 1,
    /// <summary>A function has no owner, or its owner role is held by nobody: nobody can confirm it.</summary>
    FunctionUnowned = 2,
    /// <summary>A function has two or more owners not declared shared.</summary>
    FunctionDuplicated = 3,
    SpocNotNamed = 4,
    HierarchyUndeclared = 5,
    CadenceNotSet = 6,
    /// <summary>A role (PM or producer) has no milestones on the shared plan.</summary>
    MilestonesMissing = 7,
    /// <summary>An R-KICK-2 presentation or scope confirmation has not been done.</summary>
    StepNotDone = 8,
}
