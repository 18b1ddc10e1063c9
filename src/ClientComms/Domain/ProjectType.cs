namespace Crewline.ClientComms.Domain;

/// <summary>The kinds of project the ownership service knows; they decide the default SPOC (R-COMM-2).</summary>
public enum ProjectType
{
    CommercialProduction = 1,
    Film = 2,
    ContentShoot = 3,
    BrandIdentity = 4,
    CampaignDevelopment = 5,
    InternalTeam = 6,
}
