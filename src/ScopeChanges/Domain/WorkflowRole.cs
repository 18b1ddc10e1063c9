namespace Crewline.ScopeChanges.Domain;

/// <summary>The two roles that assess and sign a scope change (R-SCOPE-1, R-SCOPE-3). One person may hold both.</summary>
public enum WorkflowRole
{
    /// <summary>The creative project manager: the impact on the project's flow.</summary>
    ProjectManager = 1,
    /// <summary>The producer: the production impact.</summary>
    Producer = 2,
}
