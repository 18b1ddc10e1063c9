namespace Crewline.Ownership.Domain.Matrix;

/// <summary>The state of a matrix row's ownership against R-OWN-1.</summary>
public enum RowOwnership
{
    /// <summary>No owner: a gap (R-OWN-7).</summary>
    Unowned = 1,
    /// <summary>Exactly one accountable owner role.</summary>
    SingleOwner = 2,
    /// <summary>Two or more owner roles, explicitly declared shared.</summary>
    Shared = 3,
    /// <summary>Two or more owner roles not declared shared: a duplicate (R-OWN-7).</summary>
    Duplicated = 4,
}
