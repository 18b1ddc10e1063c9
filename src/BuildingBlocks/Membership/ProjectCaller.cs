using Crewline.BuildingBlocks.ProjectRegistry;

namespace Crewline.BuildingBlocks.Membership;

/// <summary>The caller as a person of the project's org: their person id, org role and roles on the project (possibly none).</summary>
public sealed record ProjectCaller(KnownProject Project, ReplicaPerson Person, IReadOnlySet<string> Roles)
{
    public Guid PersonId => Person.PersonId;
    public bool IsMember => Roles.Count > 0;
    public bool Holds(string role) => Roles.Contains(role);
}
