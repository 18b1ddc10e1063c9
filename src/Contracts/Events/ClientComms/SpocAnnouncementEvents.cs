namespace Crewline.Contracts.Events.ClientComms;

/// <summary>The project's SPOC was announced to the client's contacts by a message of its own (R-COMM-1): at kickoff, or when renamed after it.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="MessageId">The announcement message.</param>
/// <param name="Role">The proto enum name of the SPOC's role, e.g. <c>PROJECT_ROLE_PRODUCER</c>.</param>
/// <param name="PersonSubject">The SPOC's subject.</param>
/// <param name="PersonName">The SPOC's display name.</param>
/// <param name="RecipientCount">How many client contacts it went to.</param>
/// <param name="AnnouncedAt">When it was sent.</param>
public sealed record SpocAnnounced(
    Guid OrgId,
    Guid ProjectId,
    Guid MessageId,
    string Role,
    string PersonSubject,
    string PersonName,
    int RecipientCount,
    DateTimeOffset AnnouncedAt) : IOrgEvent;
