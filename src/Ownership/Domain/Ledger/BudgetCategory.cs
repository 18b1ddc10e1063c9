namespace Crewline.Ownership.Domain.Ledger;

/// <summary>The production budget lines of R-OWN-2: shoot, post, talent and crew, vendor and location spend.</summary>
public enum BudgetCategory
{
    Shoot = 1,
    Post = 2,
    TalentAndCrew = 3,
    Vendor = 4,
    Location = 5,
}
