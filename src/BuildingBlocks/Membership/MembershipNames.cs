using Crewline.Contracts;
using Ownership = Crewline.Contracts.Ownership.V1;

namespace Crewline.BuildingBlocks.Membership;

/// <summary>The role names as Ownership's integration events spell them (proto enum value names).</summary>
public static class MembershipNames
{
    public static readonly string ProjectManager = ProtoEnums.NameOf(Ownership.ProjectRole.ProjectManager);
    public static readonly string Producer = ProtoEnums.NameOf(Ownership.ProjectRole.Producer);
    public static readonly string CreativeLead = ProtoEnums.NameOf(Ownership.ProjectRole.CreativeLead);
    public static readonly string Leadership = ProtoEnums.NameOf(Ownership.ProjectRole.Leadership);

    public static readonly string OrgAdmin = ProtoEnums.NameOf(Ownership.OrgRole.Admin);
    public static readonly string OrgMember = ProtoEnums.NameOf(Ownership.OrgRole.Member);
}
