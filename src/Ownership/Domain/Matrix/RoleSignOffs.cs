using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Matrix;

/// <summary>
/// Confirmations per role: a function (or closeout item) owned by several roles needs each
/// role's confirmation; a person holding several of them confirms for each at once.
/// </summary>
public sealed class RoleSignOffs
{
    private readonly Dictionary<ProjectRole, SignOff> _byRole = [];

    public IReadOnlyCollection<SignOff> All => _byRole.Values;

    public bool Has(ProjectRole role) => _byRole.ContainsKey(role);

    /// <summary>The roles of <paramref name="required"/> that have not confirmed yet.</summary>
    public IReadOnlyList<ProjectRole> Missing(IEnumerable<ProjectRole> required) => required.Where(r => !Has(r)).ToList();

    internal void Sign(IEnumerable<ProjectRole> roles, Guid personId, DateTimeOffset at)
    {
        foreach (var role in roles) _byRole[role] = new SignOff(role, personId, at);
    }

    internal void Clear() => _byRole.Clear();
}
