namespace Crewline.Ownership.Domain.Orgs;

/// <summary>How a preset proposes to staff the PM and producer roles on a project.</summary>
public enum ProposedStaffing
{
    /// <summary>A PM and a producer, two people.</summary>
    TwoPeople = 1,
    /// <summary>One person holds both the PM and the producer role (one role wears both hats, R-IND-3).</summary>
    OnePersonHoldsBothRoles = 2,
}
