namespace Crewline.ServiceDefaults.Auth;

/// <summary>Claim types Crewline reads from a bearer token.</summary>
public static class CrewlineClaims
{
    public const string Subject = "sub";
    public const string Org = "org";
    public const string Name = "name";
}
