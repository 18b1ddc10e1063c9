using Crewline.Ownership.Domain;
using Google.Protobuf.WellKnownTypes;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.Ownership.Features.Projects;

internal static class ProjectMapping
{
    public static ProjectType ToDomain(this Proto.ProjectType type) => (ProjectType)(int)type;

    public static Proto.ProjectType ToProto(this ProjectType type) => (Proto.ProjectType)(int)type;

    /// <summary>The proto enum name, as carried by events (e.g. PROJECT_TYPE_FILM).</summary>
    public static string ToContractName(this ProjectType type) =>
        Contracts.ProjectTypes.ContractName(type.ToProto());

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
