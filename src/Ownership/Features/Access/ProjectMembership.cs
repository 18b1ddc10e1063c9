using Crewline.Ownership.Domain.Projects;

namespace Crewline.Ownership.Features.Access;

/// <summary>The caller as a member of one project: their person id and the project's ownership.</summary>
public sealed record ProjectMembership(Guid PersonId, IProjectOwnership Project)
{
    public IReadOnlySet<Domain.Roles.ProjectRole> Roles => Project.RolesOf(PersonId);
}
