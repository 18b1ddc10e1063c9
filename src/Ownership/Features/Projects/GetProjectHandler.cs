using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.Ownership.Features.Projects;

/// <summary>Reads one project of the caller's org; other orgs' projects are not found.</summary>
public sealed class GetProjectHandler(OwnershipDbContext db)
{
    public async Task<Proto.Project> HandleAsync(Proto.GetProjectRequest request, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var id = validator.Uuid(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                      ?? throw new NotFoundException("Project", request.ProjectId);
        return project.ToProto();
    }
}
