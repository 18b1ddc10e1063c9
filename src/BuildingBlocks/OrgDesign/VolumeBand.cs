namespace Crewline.BuildingBlocks.OrgDesign;

/// <summary>Concurrent production volume (R-ORG-5): below 4 low, above 6 high, 4–6 borderline.</summary>
public enum VolumeBand
{
    Low = 1,
    Borderline = 2,
    High = 3,
}
