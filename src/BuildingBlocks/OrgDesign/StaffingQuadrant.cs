namespace Crewline.BuildingBlocks.OrgDesign;

/// <summary>The four answers of R-ORG-1..4.</summary>
public enum StaffingQuadrant
{
    /// <summary>Low external + low volume: one role (R-ORG-1).</summary>
    OneRole = 1,
    /// <summary>High external + low volume: a producer alone, PM duties folded in (R-ORG-2).</summary>
    ProducerAloneWithPmDuties = 2,
    /// <summary>Low external + high volume: a PM team without producers (R-ORG-3).</summary>
    PmTeamWithoutProducers = 3,
    /// <summary>High external + high volume: both roles, the relationship structured explicitly (R-ORG-4).</summary>
    BothRolesStructured = 4,
}
