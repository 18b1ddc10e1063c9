namespace Crewline.BuildingBlocks.OrgDesign;

/// <summary>How much external production the org does (signals: broadcast spots, film shoots, large photo shoots, post at scale, locations, talent).</summary>
public enum ExternalProductionIntensity
{
    Low = 1,
    High = 2,
}
