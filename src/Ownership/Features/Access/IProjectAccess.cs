using Crewline.Ownership.Domain.Projects;
using Crewline.ServiceDefaults.Auth;

namespace Crewline.Ownership.Features.Access;

/// <summary>The caller as a member of one project: their person id and the project's ownership.</summary>
public sealed record ProjectMembership(Guid PersonId, IProjectOwnership Project)
{
    public IReadOnlySet<Domain.Roles.ProjectRole> Roles => Project.RolesOf(PersonId);
}

/// <summary>
/// Who the caller is on a project. Project roles come from the project's membership (never from
/// the token): the caller's token subject identifies a person of the org, and the person's roles
/// on the project decide what they may do.
/// </summary>
public interface IProjectAccess
{
    /// <summary>
    /// The caller's membership of a project of their org: <c>NotFound</c> when the org has no such
    /// project, <c>PermissionDenied</c> when the caller is not a person of the org or not a member.
    /// </summary>
    Task<ProjectMembership> RequireMemberAsync(Guid projectId, CallerIdentity caller, CancellationToken cancellationToken);
}
