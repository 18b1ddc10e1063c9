using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Members;

/// <summary>How messages and evidence name roles.</summary>
public static class RoleNames
{
    public static string Of(ProjectRole role) => role switch
    {
        ProjectRole.ProjectManager => "PM",
        ProjectRole.Producer => "producer",
        ProjectRole.CreativeLead => "creative lead",
        ProjectRole.Leadership => "leadership",
        _ => role.ToString(),
    };

    public static string Of(IEnumerable<ProjectRole> roles) => string.Join(" and ", roles.Select(Of));
}
