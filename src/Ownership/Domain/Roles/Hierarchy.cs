namespace Crewline.Ownership.Domain.Roles;

/// <summary>The declared reporting line between PM and producer on a project (R-KICK-1, R-FAIL-3).</summary>
public enum Hierarchy
{
    /// <summary>Nobody declared it yet: a kickoff condition is unmet.</summary>
    Undeclared = 0,
    /// <summary>PM and producer are peers (advertising default, R-IND-1).</summary>
    Peers = 1,
    /// <summary>The producer is senior; the PM supports the producer (film/TV default, R-IND-2).</summary>
    ProducerSenior = 2,
    /// <summary>The PM is senior.</summary>
    ProjectManagerSenior = 3,
}
