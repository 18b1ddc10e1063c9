namespace Crewline.BuildingBlocks.OrgDesign;

/// <summary>
/// The org-design advice (R-ORG-1..6). In the borderline volume zone <see cref="Quadrant"/> is
/// the low-volume neighbour (do not add a role before the volume is clearly there) and
/// <see cref="Neighbours"/> names both quadrants the org sits between.
/// </summary>
/// <param name="OneRoleTitle">The single role's title when one role is (or, borderline, may be) advised; otherwise null.</param>
/// <param name="Reasons">Which inputs drove the advice, one sentence each, naming rules (R-ORG-6).</param>
public sealed record StaffingAdvice(
    StaffingQuadrant Quadrant,
    ExternalProductionIntensity Intensity,
    int ConcurrentProductions,
    VolumeBand Volume,
    IReadOnlyList<StaffingQuadrant> Neighbours,
    OneRoleTitle? OneRoleTitle,
    string Summary,
    IReadOnlyList<string> Reasons)
{
    public bool IsBorderline => Volume == VolumeBand.Borderline;
}
