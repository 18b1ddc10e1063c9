using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.BuildingBlocks.Membership;

/// <summary>
/// A person of an org as the ownership service published it (<c>PersonAdded</c>,
/// <c>PersonOrgRoleChanged</c>): links a token subject to a person id, with the person's org role.
/// </summary>
public sealed class ReplicaPerson : IOrgOwned
{
    public const int MaxSubjectLength = 200;
    public const int MaxNameLength = 200;
    public const int MaxOrgRoleLength = 40;

    private ReplicaPerson() { }

    public Guid PersonId { get; private set; }
    public Guid OrgId { get; private set; }
    public string? Subject { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The proto enum name of the org role, e.g. <c>ORG_ROLE_ADMIN</c>.</summary>
    public string OrgRole { get; private set; } = "";
    /// <summary>When the org role was set, so an older event never overwrites a newer one.</summary>
    public DateTimeOffset OrgRoleSetAt { get; private set; }

    public bool IsOrgAdmin => OrgRole == MembershipNames.OrgAdmin;
}
