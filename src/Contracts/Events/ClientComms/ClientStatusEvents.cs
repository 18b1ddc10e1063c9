namespace Crewline.Contracts.Events.ClientComms;

/// <summary>
/// A status update for the client was refused because the other role already composed a different one
/// in the same cadence window (R-COMM-5): the duplicated-function failure mode (R-FAIL-1) caught
/// before it reached the client.
/// </summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="RefusedSubject">The subject of the member whose status was refused.</param>
/// <param name="RefusedRole">The proto enum name of their role, e.g. <c>PROJECT_ROLE_PRODUCER</c>.</param>
/// <param name="EarlierMessageId">The other role's status in the window.</param>
/// <param name="EarlierRole">The proto enum name of the other role.</param>
/// <param name="WindowStart">Where the cadence window began.</param>
/// <param name="RefusedAt">When.</param>
public sealed record ConflictingClientStatusRefused(
    Guid OrgId,
    Guid ProjectId,
    string RefusedSubject,
    string RefusedRole,
    Guid EarlierMessageId,
    string EarlierRole,
    DateTimeOffset WindowStart,
    DateTimeOffset RefusedAt) : IOrgEvent;
