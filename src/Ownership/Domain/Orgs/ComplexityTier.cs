namespace Crewline.Ownership.Domain.Orgs;

/// <summary>How complex a project's production is; decides who runs it in a tech in-house org (R-IND-4).</summary>
public enum ComplexityTier
{
    /// <summary>Work that stays inside the team: the PM runs it.</summary>
    Low = 1,
    /// <summary>External production, broadcast, large activations: the producer runs it.</summary>
    High = 2,
}
