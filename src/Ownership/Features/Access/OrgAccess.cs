using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Features.People;
using Crewline.Ownership.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Ownership.Features.Access;

/// <summary>
/// Who the caller is in their org: the person linked to their token subject and that person's org
/// role. Admins configure the org, its catalog and its people; any person of the org reads.
/// </summary>
public sealed class OrgAccess(OwnershipDbContext db)
{
    /// <summary>The caller as a person of their org; <c>PermissionDenied</c> when no person is linked to their subject.</summary>
    public async Task<Person> RequirePersonAsync(CallerIdentity caller, CancellationToken cancellationToken) =>
        await db.Set<Person>().AsNoTracking().SingleOrDefaultAsync(p => p.Subject == caller.Subject, cancellationToken)
        ?? throw new PermissionDeniedException("The caller is not a person of the org; an admin of the org adds them (with their token subject) first.");

    /// <summary>The caller as an admin of their org; <c>PermissionDenied</c> for anyone else.</summary>
    public async Task<Person> RequireAdminAsync(CallerIdentity caller, CancellationToken cancellationToken)
    {
        var person = await RequirePersonAsync(caller, cancellationToken);
        return person.OrgRole == OrgRole.Admin
            ? person
            : throw new PermissionDeniedException("Only an admin of the org may do this.");
    }

    /// <summary>Whether the org has no person yet: then its first person, who adds themself, becomes its admin.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        !await db.Set<Person>().AnyAsync(cancellationToken);
}
