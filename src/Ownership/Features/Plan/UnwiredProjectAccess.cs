using Crewline.Ownership.Features.Access;
using Crewline.ServiceDefaults.Auth;
using Grpc.Core;

namespace Crewline.Ownership.Features.Plan;

/// <summary>
/// Stand-in until the access area registers the real <see cref="IProjectAccess"/> (registered with
/// TryAdd, so any real registration wins whatever the order): keeps the host's DI validation green
/// and answers <c>Unimplemented</c> instead of failing at startup. Delete at merge.
/// </summary>
internal sealed class UnwiredProjectAccess : IProjectAccess
{
    public Task<ProjectMembership> RequireMemberAsync(Guid projectId, CallerIdentity caller, CancellationToken cancellationToken) =>
        throw new RpcException(new Status(StatusCode.Unimplemented, "Project access is not wired in this build."));
}
