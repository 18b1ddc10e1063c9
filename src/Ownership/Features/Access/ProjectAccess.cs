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
/// the project. A change loads the project tracked (<see cref="RequireAsync"/>); a read takes it from
/// the <see cref="ProjectReadCache"/> at its current version (<see cref="ReadAsync"/>).
/// </summary>
public sealed class ProjectAccess(OwnershipDbContext db, ProjectReadCache cache)
{
    /// <summary>
    /// The project's current row version and the caller's person id, in one round trip; the org
    /// filter applies to both (null: the caller's org has no such project).
    /// </summary>
    private static readonly Func<OwnershipDbContext, Guid, string, CancellationToken, Task<ProjectStamp?>> StampOf =
        EF.CompileAsyncQuery((OwnershipDbContext context, Guid projectId, string subject, CancellationToken _) =>
            context.Projects.Where(p => p.Id == projectId)
                .Select(p => new ProjectStamp(p.Version,
                    context.Set<Person>().Where(x => x.Subject == subject).Select(x => (Guid?)x.Id).FirstOrDefault()))
                .SingleOrDefault());

    /// <summary>
    /// The caller's membership of a project of their org: <c>NotFound</c> when the org has no such
    /// project, <c>PermissionDenied</c> when the caller is not a person of the org or not a member.
    /// The project is read-only (see <see cref="ReadAsync"/>).
    /// </summary>
    public async Task<ProjectMembership> RequireMemberAsync(Guid projectId, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var (project, personId) = await ReadAsync(projectId, caller, cancellationToken);
        return new ProjectMembership(personId, project.Project);
    }

    /// <summary>
    /// The project as last committed, for reading only (never change it: it is shared by every
    /// reader of that version), and the caller's person id; NotFound / PermissionDenied as
    /// <see cref="RequireMemberAsync"/> says. One small query when the version is cached.
    /// </summary>
    public async Task<(CachedProject Project, Guid PersonId)> ReadAsync(Guid projectId, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var stamp = await StampOf(db, projectId, caller.Subject, cancellationToken)
                    ?? throw new NotFoundException("Project", projectId.ToString());
        var cached = cache.Find(db.CurrentOrgId, projectId, stamp.Version);
        if (cached is null)
        {
            var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken)
                          ?? throw new NotFoundException("Project", projectId.ToString());
            cached = cache.Keep(project);
        }
        return (cached, Authorize(cached.Project, stamp.PersonId, caller));
    }

    /// <summary>The tracked project (for a change) and the caller's person id; NotFound / PermissionDenied as <see cref="RequireMemberAsync"/> says.</summary>
    public async Task<(Project Project, Guid PersonId)> RequireAsync(Guid projectId, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken)
                      ?? throw new NotFoundException("Project", projectId.ToString());
        return (project, Authorize(project, await PersonIdOfAsync(caller, cancellationToken), caller));
    }

    /// <summary>The caller created the project and it has no member yet.</summary>
    public static bool IsCreatorBootstrap(Project project, CallerIdentity caller) =>
        project.Members.People.Count == 0 && project.CreatedBy == caller.Subject;

    /// <summary>The person of the caller's org linked to the caller's token subject, if any.</summary>
    public Task<Guid?> PersonIdOfAsync(CallerIdentity caller, CancellationToken cancellationToken) =>
        db.Set<Person>().Where(p => p.Subject == caller.Subject).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The caller's person id when they may use the project; PermissionDenied otherwise.</summary>
    private static Guid Authorize(Project project, Guid? personId, CallerIdentity caller)
    {
        // Bootstrap: the creator of a project nobody was added to yet may read it and add its first members.
        if (IsCreatorBootstrap(project, caller)) return personId ?? Guid.Empty;
        if (personId is null)
            throw new PermissionDeniedException("The caller is not a person of the org; add them (with their token subject) first.");
        if (project.RolesOf(personId.Value).Count == 0)
            throw new PermissionDeniedException("The caller is not a member of this project.");
        return personId.Value;
    }

    private sealed record ProjectStamp(uint Version, Guid? PersonId);
}
