namespace Crewline.BuildingBlocks.OrgDesign;

/// <summary>What the single role is called when one role covers both (R-ORG-1).</summary>
public enum OneRoleTitle
{
    /// <summary>Agencies and design studios.</summary>
    ProjectManager = 1,
    /// <summary>Production-heavy orgs (film / TV / content).</summary>
    Producer = 2,
    /// <summary>Tech in-house: the title follows the complexity tier of the work (R-IND-4).</summary>
    VariesByComplexityTier = 3,
}
