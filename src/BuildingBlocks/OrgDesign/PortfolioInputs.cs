namespace Crewline.BuildingBlocks.OrgDesign;

/// <summary>The advisor's inputs as computed from the org's live portfolio, with how they were derived (R-ORG-6).</summary>
public sealed record PortfolioInputs(
    ExternalProductionIntensity Intensity,
    int ConcurrentProductions,
    int ExternallyIntensiveProductions,
    IReadOnlyList<string> Reasons);
