using System.Collections.Concurrent;
using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain;
using Crewline.Ownership.Features.Access;
using Crewline.ServiceDefaults.Auth;

namespace Crewline.Ownership.Tests.Decisions;

/// <summary>
/// A test <see cref="IProjectAccess"/> with controlled memberships: projects are registered with
/// their org and a subject → person map. Another org's project (or an unknown one) is NotFound; a
/// subject with no person on the project is PermissionDenied — as the real implementation answers.
/// </summary>
public sealed class TestProjectAccess : IProjectAccess
{
    private readonly ConcurrentDictionary<Guid, (Guid Org, Project Project, IReadOnlyDictionary<string, Guid> People)> _projects = new();

    public void Register(Project project, IReadOnlyDictionary<string, Guid> people) =>
        _projects[project.Id] = (project.OrgId, project, people);

    public Task<ProjectMembership> RequireMemberAsync(Guid projectId, CallerIdentity caller, CancellationToken cancellationToken)
    {
        if (!_projects.TryGetValue(projectId, out var entry) || entry.Org != caller.OrgId)
            throw new NotFoundException("Project", projectId.ToString());
        if (!entry.People.TryGetValue(caller.Subject, out var person) || entry.Project.RolesOf(person).Count == 0)
            throw new PermissionDeniedException("The caller is not a member of this project.");
        return Task.FromResult(new ProjectMembership(person, entry.Project));
    }
}
