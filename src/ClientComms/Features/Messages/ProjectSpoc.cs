using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.ClientComms.Domain;
using Crewline.ClientComms.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crewline.ClientComms.Features.Messages;

/// <summary>The questions every outbound step asks about the project's SPOC.</summary>
internal static class ProjectSpoc
{
    /// <summary>The project's SPOC; FailedPrecondition (R-COMM-1) when none is named: nothing reaches the client without one.</summary>
    public static async Task<Spoc> RequireSpocAsync(this ClientCommsDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        await db.Spocs.AsNoTracking().SingleOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken)
        ?? throw new RuleViolationException("R-COMM-1", "The project has no SPOC named yet: nothing goes to the client until one is.");

    /// <summary>The role name (as the replica spells it) of a SPOC role.</summary>
    public static string MembershipName(this SpocRole role) =>
        role == SpocRole.Producer ? MembershipNames.Producer : MembershipNames.ProjectManager;

    /// <summary>The people holding a role on the project.</summary>
    public static async Task<IReadOnlyList<Guid>> HoldersOfAsync(this ClientCommsDbContext db, Guid projectId, SpocRole role, CancellationToken cancellationToken)
    {
        var name = role.MembershipName();
        return await db.Set<ReplicaProjectRole>().AsNoTracking()
            .Where(r => r.ProjectId == projectId && r.Role == name && r.Holds).Select(r => r.PersonId).Distinct().ToListAsync(cancellationToken);
    }

    /// <summary>The SPOC-capable role a member writes in: the one they hold, or, holding both, the SPOC's role (else the PM's).</summary>
    public static SpocRole? AuthorRole(ProjectCaller member, Spoc? spoc)
    {
        var pm = member.Holds(MembershipNames.ProjectManager);
        var producer = member.Holds(MembershipNames.Producer);
        return (pm, producer) switch
        {
            (true, true) => spoc?.Role ?? SpocRole.ProjectManager,
            (true, false) => SpocRole.ProjectManager,
            (false, true) => SpocRole.Producer,
            _ => null,
        };
    }
}
