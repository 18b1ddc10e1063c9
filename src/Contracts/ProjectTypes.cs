using Crewline.Contracts.Ownership.V1;

namespace Crewline.Contracts;

/// <summary>
/// What every service knows about project types: their stable names on events (the proto enum
/// names, e.g. <c>PROJECT_TYPE_FILM</c>) and which are production-heavy (R-COMM-2).
/// </summary>
public static class ProjectTypes
{
    /// <summary>The name events carry for a type.</summary>
    public static string ContractName(ProjectType type) => ProtoEnums.NameOf(type);

    /// <summary>The type an event names; null for an unknown or unspecified name.</summary>
    public static ProjectType? FromContractName(string name) =>
        ProtoEnums.TryParse<ProjectType>(name, out var type) ? type : null;

    /// <summary>
    /// Production-heavy work (commercial production, film, content shoots) as opposed to
    /// project-flow-heavy work (brand identity, campaign development, internal team work).
    /// </summary>
    public static bool IsProductionHeavy(ProjectType type) => type switch
    {
        ProjectType.CommercialProduction or ProjectType.Film or ProjectType.ContentShoot => true,
        ProjectType.BrandIdentity or ProjectType.CampaignDevelopment or ProjectType.InternalTeam => false,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a project type."),
    };
}
