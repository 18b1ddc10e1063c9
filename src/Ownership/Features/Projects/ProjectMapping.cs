using Crewline.Ownership.Domain;
using Google.Protobuf.WellKnownTypes;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Projects;

internal static class ProjectMapping
{
    public static Proto.Project ToProto(this ListProjectsHandler.ProjectListRow row) => new()
    {
        ProjectId = row.Id.ToString(),
        OrgId = row.OrgId.ToString(),
        Name = row.Name,
        Type = row.Type.ToProto(),
        CreatedBy = row.CreatedBy,
        CreatedAt = Timestamp.FromDateTimeOffset(row.CreatedAt),
    };

    public static Proto.Project ToProto(this Project project) => new()
    {
        ProjectId = project.Id.ToString(),
        OrgId = project.OrgId.ToString(),
        Name = project.Name,
        Type = project.Type.ToProto(),
        CreatedBy = project.CreatedBy,
        CreatedAt = Timestamp.FromDateTimeOffset(project.CreatedAt),
    };
}
