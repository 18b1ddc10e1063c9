using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Persistence;
using Crewline.BuildingBlocks.ProjectRegistry;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Crewline.BuildingBlocks.Membership;

/// <summary>
/// The one question every service asks before it answers: who is the caller on this project?
/// Answered from the service's own membership replica (eventually consistent with Ownership).
/// </summary>
public static class MembershipLookup
{
    /// <summary>The caller as a person of their org; <c>PermissionDenied</c> when no person of the org is linked to their subject.</summary>
    public static async Task<ReplicaPerson> RequireOrgPersonAsync(this ServiceDbContext db, CallerIdentity caller, CancellationToken cancellationToken) =>
        await db.Set<ReplicaPerson>().AsNoTracking().Where(p => p.Subject == caller.Subject)
            .OrderBy(p => p.PersonId).FirstOrDefaultAsync(cancellationToken)
        ?? throw new PermissionDeniedException("The caller is not a person of the org (or this service has not learnt of them yet).");

    /// <summary>
    /// The project (<c>NotFound</c> when unknown or of another org) and the caller as a person of its
    /// org with their roles on it, which may be none; <c>PermissionDenied</c> when the caller is no person of the org.
    /// </summary>
    public static async Task<ProjectCaller> ProjectCallerAsync(this ServiceDbContext db, Guid projectId, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var project = await db.RequireKnownProjectAsync(projectId, cancellationToken);
        var person = await db.RequireOrgPersonAsync(caller, cancellationToken);
        var roles = await db.Set<ReplicaProjectRole>().AsNoTracking()
            .Where(r => r.ProjectId == projectId && r.PersonId == person.PersonId && r.Holds)
            .Select(r => r.Role).ToListAsync(cancellationToken);
        return new ProjectCaller(project, person, roles.ToHashSet());
    }

    /// <summary>
    /// The caller as a member of the project: <c>NotFound</c> for an unknown project or one of another
    /// org, <c>PermissionDenied</c> for a caller who holds no role on it.
    /// </summary>
    public static async Task<ProjectCaller> RequireMemberAsync(this ServiceDbContext db, Guid projectId, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var projectCaller = await db.ProjectCallerAsync(projectId, caller, cancellationToken);
        return projectCaller.IsMember
            ? projectCaller
            : throw new PermissionDeniedException("The caller is not a member of this project.");
    }

    /// <summary>As <see cref="RequireMemberAsync"/>, and the caller holds one of <paramref name="anyOf"/> on the project (else <c>PermissionDenied</c>).</summary>
    public static async Task<ProjectCaller> RequireRoleAsync(this ServiceDbContext db, Guid projectId, CallerIdentity caller,
        IReadOnlyCollection<string> anyOf, CancellationToken cancellationToken)
    {
        var member = await db.RequireMemberAsync(projectId, caller, cancellationToken);
        return anyOf.Any(member.Holds)
            ? member
            : throw new PermissionDeniedException($"Only a project member holding {string.Join(" or ", anyOf)} may do this.");
    }

    /// <summary>The roles a person holds on a project (empty when none).</summary>
    public static async Task<IReadOnlySet<string>> RolesOfAsync(this ServiceDbContext db, Guid projectId, Guid personId, CancellationToken cancellationToken) =>
        (await db.Set<ReplicaProjectRole>().AsNoTracking()
            .Where(r => r.ProjectId == projectId && r.PersonId == personId && r.Holds)
            .Select(r => r.Role).ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>A person of the caller's org, if this service knows them.</summary>
    public static Task<ReplicaPerson?> PersonAsync(this ServiceDbContext db, Guid personId, CancellationToken cancellationToken) =>
        db.Set<ReplicaPerson>().AsNoTracking().SingleOrDefaultAsync(p => p.PersonId == personId, cancellationToken);

    /// <summary>The projects a person holds at least one role on.</summary>
    public static IQueryable<Guid> ProjectIdsOf(this ServiceDbContext db, Guid personId) =>
        db.Set<ReplicaProjectRole>().Where(r => r.PersonId == personId && r.Holds).Select(r => r.ProjectId).Distinct();

    /// <summary>The owner roles of every function on a project's matrix, by function key.</summary>
    public static async Task<IReadOnlyDictionary<string, ReplicaFunctionOwners>> FunctionOwnersAsync(this ServiceDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        await db.Set<ReplicaFunctionOwners>().AsNoTracking().Where(f => f.ProjectId == projectId).ToDictionaryAsync(f => f.FunctionKey, cancellationToken);
}
