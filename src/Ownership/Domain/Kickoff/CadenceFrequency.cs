namespace Crewline.Ownership.Domain.Kickoff;

/// <summary>How often PM and producer sync on a project.</summary>
public enum CadenceFrequency
{
    Daily = 1,
    TwiceWeekly = 2,
    Weekly = 3,
    Fortnightly = 4,
}
