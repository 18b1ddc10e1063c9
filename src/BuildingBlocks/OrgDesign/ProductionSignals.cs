namespace Crewline.BuildingBlocks.OrgDesign;

/// <summary>The signals of external-production intensity a project shows (R-ORG).</summary>
[Flags]
public enum ProductionSignals
{
    None = 0,
    BroadcastSpots = 1,
    FilmShoots = 2,
    LargePhotoShoots = 4,
    PostAtScale = 8,
    Locations = 16,
    Talent = 32,
}
