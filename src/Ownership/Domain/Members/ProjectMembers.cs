using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Members;

/// <summary>
/// The people on a project and the roles each holds. One person may hold several roles
/// (one role wears both hats); a person with no role left is no longer a member.
/// </summary>
public sealed class ProjectMembers
{
    private static readonly IReadOnlySet<ProjectRole> NoRoles = new HashSet<ProjectRole>();
    private readonly Dictionary<Guid, HashSet<ProjectRole>> _roles = [];

    public IReadOnlyCollection<Guid> People => _roles.Keys;

    public IReadOnlySet<ProjectRole> RolesOf(Guid personId) =>
        _roles.TryGetValue(personId, out var roles) ? roles : NoRoles;

    public bool Holds(Guid personId, ProjectRole role) => RolesOf(personId).Contains(role);

    public bool HoldsAny(Guid personId, IEnumerable<ProjectRole> roles) => roles.Any(RolesOf(personId).Contains);

    /// <summary>Whether any member holds the role.</summary>
    public bool IsHeld(ProjectRole role) => _roles.Values.Any(r => r.Contains(role));

    public IReadOnlyList<Guid> With(ProjectRole role) => _roles.Where(m => m.Value.Contains(role)).Select(m => m.Key).ToList();

    /// <summary>Gives the person the role; false when they already hold it.</summary>
    internal bool Add(Guid personId, ProjectRole role)
    {
        if (!_roles.TryGetValue(personId, out var roles)) _roles[personId] = roles = [];
        return roles.Add(role);
    }

    /// <summary>Takes the role away; false when they did not hold it.</summary>
    internal bool Remove(Guid personId, ProjectRole role)
    {
        if (!_roles.TryGetValue(personId, out var roles) || !roles.Remove(role)) return false;
        if (roles.Count == 0) _roles.Remove(personId);
        return true;
    }
}
