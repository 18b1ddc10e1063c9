using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crewline.BuildingBlocks.ProjectRegistry;

public static class KnownProjectLookup
{
    /// <summary>
    /// The project with this id in the caller's org; <see cref="NotFoundException"/> when it is
    /// unknown, belongs to another org, or its <c>ProjectCreated</c> has not arrived yet.
    /// </summary>
    public static async Task<KnownProject> RequireKnownProjectAsync(this ServiceDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        await db.Set<KnownProject>().AsNoTracking().SingleOrDefaultAsync(p => p.ProjectId == projectId, cancellationToken)
        ?? throw new NotFoundException("Project", projectId.ToString());
}
