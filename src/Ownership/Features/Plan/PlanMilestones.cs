using Crewline.Ownership.Domain.Plan;
using Crewline.Ownership.Domain.Roles;
using Crewline.Ownership.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Ownership.Features.Plan;

/// <summary>
/// Which roles have milestones on a project's shared plan, for the kickoff gate (R-KICK-1:
/// milestones of both roles are on the shared plan). Reads the current org's plan only.
/// </summary>
public sealed class PlanMilestones(OwnershipDbContext db) : Kickoff.IPlanMilestones
{
    public async Task<IReadOnlySet<ProjectRole>> RolesWithMilestonesAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var plan = await db.Set<SharedPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        return plan?.RolesWithMilestones ?? new HashSet<ProjectRole>();
    }
}
