using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain;
using Crewline.Ownership.Features.People;
using Crewline.Ownership.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Ownership.Features.Access;

/// <summary>
/// Who the caller is on a project. Project roles come from the project's membership (never from
/// the token): the caller's token subject → the person of the org linked to it → their roles on
/// the project. The project is loaded tracked, so a handler can change it and save.
/// </summary>
public sealed class ProjectAccess(OwnershipDbContext db)
{
    /// <summary>
    /// The caller's membership of a project of their org: <c>NotFound</c> when the org has no such
    /// project, <c>PermissionDenied</c> when the caller is not a person of the org or not a member.
    /// </summary>
    public async Task<ProjectMembership> RequireMemberAsync(Guid projectId, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var (project, personId) = await RequireAsync(projectId, caller, cancellationToken);
        return new ProjectMembership(personId, project);
    }

    /// <summary>The tracked project and the caller's person id; NotFound / PermissionDenied as <see cref="RequireMemberAsync"/> says.</summary>
    public async Task<(Project Project, Guid PersonId)> RequireAsync(Guid projectId, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken)
                      ?? throw new NotFoundException("Project", projectId.ToString());
        var personId = await PersonIdOfAsync(caller, cancellationToken);
        // Bootstrap: the creator of a project nobody was added to yet may read it and add its first members.
        if (IsCreatorBootstrap(project, caller)) return (project, personId ?? Guid.Empty);
        if (personId is null)
            throw new PermissionDeniedException("The caller is not a person of the org; add them (with their token subject) first.");
        if (project.RolesOf(personId.Value).Count == 0)
            throw new PermissionDeniedException("The caller is not a member of this project.");
        return (project, personId.Value);
    }

    /// <summary>The caller created the project and it has no member yet.</summary>
    public static bool IsCreatorBootstrap(Project project, CallerIdentity caller) =>
        project.Members.People.Count == 0 && project.CreatedBy == caller.Subject;

    /// <summary>The person of the caller's org linked to the caller's token subject, if any.</summary>
    public Task<Guid?> PersonIdOfAsync(CallerIdentity caller, CancellationToken cancellationToken) =>
        db.Set<Person>().Where(p => p.Subject == caller.Subject).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
}
