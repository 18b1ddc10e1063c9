using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Features.Kickoff;

/// <summary>
/// The roles with milestones on a project's one shared plan (R-KICK-1). The plan is another
/// area's; kickoff reads it only through this seam.
/// </summary>
public interface IPlanMilestones
{
    Task<IReadOnlySet<ProjectRole>> RolesWithMilestonesAsync(Guid projectId, CancellationToken cancellationToken);
}
