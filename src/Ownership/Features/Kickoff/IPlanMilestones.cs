using Crewline.Ownership.Domain.Plan;
using Crewline.Ownership.Domain.Roles;
using Crewline.Ownership.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Ownership.Features.Kickoff;

/// <summary>
/// The roles with milestones on a project's one shared plan (R-KICK-1). The plan is another
/// area's; kickoff reads it only through this seam.
/// </summary>
public interface IPlanMilestones
{
    Task<IReadOnlySet<ProjectRole>> RolesWithMilestonesAsync(Guid projectId, CancellationToken cancellationToken);
}

/// <summary>
/// Temporary implementation until the plan area wires its own: the roles of the persisted shared
/// plan when the model maps <see cref="SharedPlan"/>, else none (the condition stays unmet).
/// </summary>
public sealed class PersistedPlanMilestones(OwnershipDbContext db) : IPlanMilestones
{
    public async Task<IReadOnlySet<ProjectRole>> RolesWithMilestonesAsync(Guid projectId, CancellationToken cancellationToken)
    {
        if (db.Model.FindEntityType(typeof(SharedPlan)) is null) return new HashSet<ProjectRole>();
        var plan = await db.Set<SharedPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.ProjectId == projectId, cancellationToken);
        return plan?.RolesWithMilestones ?? new HashSet<ProjectRole>();
    }
}
