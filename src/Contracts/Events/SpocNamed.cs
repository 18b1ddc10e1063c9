namespace Crewline.Contracts.Events.ClientComms;

/// <summary>A project's single point of contact (SPOC) was named, or another person or role was named in its place (R-COMM-1).</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project whose SPOC was named.</param>
/// <param name="Role">The proto enum name of the SPOC's role, e.g. <c>PROJECT_ROLE_PRODUCER</c>.</param>
/// <param name="PersonSubject">The subject (user id) of the person named SPOC.</param>
/// <param name="PersonName">The display name of the person named SPOC.</param>
/// <param name="NamedBy">The subject of the caller who named the SPOC.</param>
/// <param name="NamedAt">When the SPOC was named.</param>
/// <param name="PersonId">The person id of the SPOC (a member of the project holding the role).</param>
public sealed record SpocNamed(
    Guid OrgId,
    Guid ProjectId,
    string Role,
    string PersonSubject,
    string PersonName,
    string NamedBy,
    DateTimeOffset NamedAt,
    Guid? PersonId = null) : IOrgEvent;
