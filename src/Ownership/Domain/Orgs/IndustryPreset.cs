namespace Crewline.Ownership.Domain.Orgs;

/// <summary>The kind of org, whose preset proposes defaults (R-IND-1..5).</summary>
public enum IndustryPreset
{
    /// <summary>Advertising / integrated agency: PM and producer are peers (R-IND-1).</summary>
    Advertising = 1,
    /// <summary>Film / TV / content production: the producer is senior (R-IND-2).</summary>
    FilmTvContent = 2,
    /// <summary>Design studio: titles interchangeable, one role covers both (R-IND-3).</summary>
    DesignStudio = 3,
    /// <summary>Tech in-house creative: roles map to the complexity tier (R-IND-4).</summary>
    TechInHouse = 4,
}
