namespace Crewline.Contracts.Events.Ownership;

/// <summary>A project was created in the ownership service.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The new project's id.</param>
/// <param name="Name">The project's name.</param>
/// <param name="ProjectType">The proto enum name of the project type, e.g. <c>PROJECT_TYPE_FILM</c>.</param>
/// <param name="CreatedBy">The subject of the caller who created it.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record ProjectCreated(
    Guid OrgId,
    Guid ProjectId,
    string Name,
    string ProjectType,
    string CreatedBy,
    DateTimeOffset CreatedAt) : IOrgEvent;
