using System.Text.Json;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Paging;
using Crewline.Ownership.Domain;
using Crewline.Ownership.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.Ownership.Features.Projects;

/// <summary>
/// The caller's projects newest first: those where the caller's person holds a role, or with
/// <c>all_org_projects</c> every project of the caller's org (the tenancy filter keeps other orgs out).
/// </summary>
public sealed class ListProjectsHandler(OwnershipDbContext db, Access.ProjectAccess access)
{
    public async Task<Proto.ListProjectsResponse> HandleAsync(Proto.ListProjectsRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var size = PageToken.Size(request.PageSize, validator);
        var after = PageToken.DecodeTimeAndId(request.PageToken, validator);
        validator.ThrowIfInvalid();

        IQueryable<Project> projects;
        if (request.AllOrgProjects)
            projects = db.Projects;
        else if (await access.PersonIdOfAsync(caller, cancellationToken) is { } personId)
        {
            var memberOf = db.Database.SqlQuery<Guid>(
                $"SELECT id AS \"Value\" FROM projects WHERE state -> 'members' @> {MembershipOf(personId)}::jsonb");
            projects = db.Projects.Where(p => memberOf.Contains(p.Id));
        }
        else
            return new Proto.ListProjectsResponse();

        // Only the listed columns: no project's stored document is read or restored to list it.
        var rows = projects.Select(p => new ProjectListRow
        {
            Id = p.Id, OrgId = p.OrgId, Name = p.Name, Type = p.Type, CreatedBy = p.CreatedBy, CreatedAt = p.CreatedAt,
        });
        var page = await rows.NewestFirstPageAsync(p => p.CreatedAt, p => p.Id, after, size, cancellationToken);
        var response = new Proto.ListProjectsResponse { NextPageToken = page.NextPageToken };
        response.Projects.AddRange(page.Items.Select(p => p.ToProto()));
        return response;
    }

    /// <summary>What a list shows of a project (its flat columns).</summary>
    internal sealed class ProjectListRow
    {
        public Guid Id { get; init; }
        public Guid OrgId { get; init; }
        public string Name { get; init; } = "";
        public ProjectType Type { get; init; }
        public string CreatedBy { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
    }

    /// <summary>The jsonb containment pattern of a member entry in the project's stored state.</summary>
    private static string MembershipOf(Guid personId) => JsonSerializer.Serialize(new[] { new { personId } }, ProjectConfiguration.Json);
}
