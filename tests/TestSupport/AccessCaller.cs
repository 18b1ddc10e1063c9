namespace Crewline.TestSupport;

/// <summary>The callers every row of an access matrix is tried with.</summary>
public enum AccessCaller
{
    /// <summary>A person (and project member) of another org.</summary>
    OutsideOrg,
    /// <summary>A token of the org whose subject is no person of the org.</summary>
    NotAPerson,
    /// <summary>A person of the org (org role member) who holds no role on the project.</summary>
    OrgMemberNotOnProject,
    /// <summary>A member of the project holding a role that does not allow the call (the creative lead).</summary>
    WrongRole,
    /// <summary>A member of the project holding the role the call needs (the project manager).</summary>
    RightRole,
    /// <summary>An admin of the org who holds no role on the project.</summary>
    OrgAdmin,
}
