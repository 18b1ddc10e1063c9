namespace Crewline.BuildingBlocks.OrgDesign;

/// <summary>What the advisor needs to know about one of the org's projects.</summary>
/// <param name="ProductionHeavy">Its type is production-heavy (commercial production, film, content shoot).</param>
/// <param name="Active">Running now (past kickoff, not closed).</param>
/// <param name="Signals">The external-production signals it shows, when known.</param>
public sealed record PortfolioProject(Guid ProjectId, bool ProductionHeavy, bool Active, ProductionSignals Signals = ProductionSignals.None)
{
    /// <summary>Production-heavy by type, or showing at least one external-production signal.</summary>
    public bool ExternallyIntensive => ProductionHeavy || Signals != ProductionSignals.None;
}
