using Crewline.Contracts;
using Crewline.Ownership.Domain.Roles;
using Common = Crewline.Contracts.Common.V1;

namespace Crewline.Ownership.Features.Mapping;

/// <summary>Between the domain's project roles and the one proto <c>crewline.common.v1.ProjectRole</c>, by exhaustive switch.</summary>
internal static class RoleMapping
{
    public static Common.ProjectRole ToProto(this ProjectRole value) => value switch
    {
        ProjectRole.ProjectManager => Common.ProjectRole.ProjectManager,
        ProjectRole.Producer => Common.ProjectRole.Producer,
        ProjectRole.CreativeLead => Common.ProjectRole.CreativeLead,
        ProjectRole.Leadership => Common.ProjectRole.Leadership,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static ProjectRole ToDomain(this Common.ProjectRole value) => value switch
    {
        Common.ProjectRole.ProjectManager => ProjectRole.ProjectManager,
        Common.ProjectRole.Producer => ProjectRole.Producer,
        Common.ProjectRole.CreativeLead => ProjectRole.CreativeLead,
        Common.ProjectRole.Leadership => ProjectRole.Leadership,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static IEnumerable<Common.ProjectRole> ToProto(this IEnumerable<ProjectRole> roles) => roles.Select(ToProto);

    /// <summary>The role's name on integration events, e.g. <c>PROJECT_ROLE_PRODUCER</c>.</summary>
    public static string ContractName(this ProjectRole role) => ProtoEnums.NameOf(role.ToProto());

    /// <summary>The roles' names on integration events, in order.</summary>
    public static IReadOnlyList<string> ContractNames(this IEnumerable<ProjectRole> roles) => roles.Select(ContractName).ToArray();
}
