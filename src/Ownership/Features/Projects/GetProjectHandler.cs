using Crewline.BuildingBlocks.Errors;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.Ownership.Features.Projects;

/// <summary>Reads one project of the caller's org for a member; other orgs' projects are not found, non-members are denied.</summary>
public sealed class GetProjectHandler(Access.ProjectAccess access)
{
    public async Task<Proto.Project> HandleAsync(Proto.GetProjectRequest request, ServiceDefaults.Auth.CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var id = validator.Uuid(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();
        // Members only (R: project roles come from membership); the creator may read a project nobody was added to yet.
        var (project, _) = await access.ReadAsync(id, caller, cancellationToken);
        return project.Project.ToProto();
    }
}
