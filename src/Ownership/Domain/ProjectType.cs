namespace Crewline.Ownership.Domain;

/// <summary>What kind of work a project is (see R-COMM-2 for what it decides).</summary>
public enum ProjectType
{
    CommercialProduction = 1,
    Film = 2,
    ContentShoot = 3,
    BrandIdentity = 4,
    CampaignDevelopment = 5,
    InternalTeam = 6,
}
