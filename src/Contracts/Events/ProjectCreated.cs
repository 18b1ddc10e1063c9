namespace Crewline.Contracts.Events.Ownership;

/// <summary>A project was created in the ownership service.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The new project's id.</param>
/// <param name="Name">The project's name.</param>
/// <param name="ProjectType">The proto enum name of the project type, e.g. <c>PROJECT_TYPE_FILM</c>.</param>
/// <param name="CreatedBy">The subject of the caller who created it.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="Matrix">
/// The ownership matrix the project starts with (R-OWN-1), one entry per function; later changes come as
/// <c>FunctionOwnershipChanged</c>. Empty from publishers built before the field existed.
/// </param>
public sealed record ProjectCreated(
    Guid OrgId,
    Guid ProjectId,
    string Name,
    string ProjectType,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    IReadOnlyList<MatrixFunction>? Matrix = null) : IOrgEvent;

/// <summary>One function of a project's ownership matrix as it stands.</summary>
/// <param name="FunctionKey">The function's catalog key, e.g. <c>vendor-invoices</c>.</param>
/// <param name="Name">The function's display name.</param>
/// <param name="Owners">The proto enum names of its accountable owner roles, e.g. <c>PROJECT_ROLE_PRODUCER</c>.</param>
/// <param name="IsShared">Declared shared by its co-owners.</param>
public sealed record MatrixFunction(string FunctionKey, string Name, IReadOnlyList<string> Owners, bool IsShared);
