using Crewline.Contracts;
using Common = Crewline.Contracts.Common.V1;
using Ownership = Crewline.Contracts.Ownership.V1;

namespace Crewline.BuildingBlocks.Membership;

/// <summary>The role names as Ownership's integration events spell them (proto enum value names).</summary>
public static class MembershipNames
{
    public static readonly string ProjectManager = ProtoEnums.NameOf(Common.ProjectRole.ProjectManager);
    public static readonly string Producer = ProtoEnums.NameOf(Common.ProjectRole.Producer);
    public static readonly string CreativeLead = ProtoEnums.NameOf(Common.ProjectRole.CreativeLead);
    public static readonly string Leadership = ProtoEnums.NameOf(Common.ProjectRole.Leadership);

    public static readonly string OrgAdmin = ProtoEnums.NameOf(Ownership.OrgRole.Admin);
    public static readonly string OrgMember = ProtoEnums.NameOf(Ownership.OrgRole.Member);
}
