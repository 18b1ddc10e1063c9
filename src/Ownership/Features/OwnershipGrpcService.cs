using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Projects;
using Grpc.Core;

namespace Crewline.Ownership.Features;

/// <summary>The gRPC (and, by transcoding, REST) face of the ownership service.</summary>
public sealed class OwnershipGrpcService(CreateProjectHandler createProject, GetProjectHandler getProject, ListProjectsHandler listProjects)
    : OwnershipService.OwnershipServiceBase
{
    public override Task<Project> CreateProject(CreateProjectRequest request, ServerCallContext context) =>
        createProject.HandleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ListProjectsResponse> ListProjects(ListProjectsRequest request, ServerCallContext context) =>
        listProjects.HandleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Project> GetProject(GetProjectRequest request, ServerCallContext context)
        => getProject.HandleAsync(request, context.Caller(), context.CancellationToken);
}
