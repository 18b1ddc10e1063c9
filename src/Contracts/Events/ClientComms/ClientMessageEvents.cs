namespace Crewline.Contracts.Events.ClientComms;

/// <summary>A message to the client was drafted (any member may draft, R-COMM-3).</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="MessageId">The message.</param>
/// <param name="Kind">The proto enum name of the kind, e.g. <c>MESSAGE_KIND_MESSAGE</c>.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="DraftedBy">The subject of the member who drafted it.</param>
/// <param name="DraftedAt">When.</param>
public sealed record ClientMessageDrafted(
    Guid OrgId,
    Guid ProjectId,
    Guid MessageId,
    string Kind,
    string Subject,
    string DraftedBy,
    DateTimeOffset DraftedAt) : IOrgEvent;

/// <summary>A member who is not the SPOC asked to send a message: it did not go out and waits for the SPOC (R-COMM-3).</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="MessageId">The message.</param>
/// <param name="RequestedBy">The subject of the member who asked to send it.</param>
/// <param name="SpocSubject">The subject of the SPOC it was handed to.</param>
/// <param name="HandedAt">When.</param>
public sealed record ClientMessageHandedToSpoc(
    Guid OrgId,
    Guid ProjectId,
    Guid MessageId,
    string RequestedBy,
    string SpocSubject,
    DateTimeOffset HandedAt) : IOrgEvent;

/// <summary>The other role was briefed on a message before it went out (R-COMM-4): who, when, what.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="MessageId">The message briefed on.</param>
/// <param name="BriefingId">The briefing.</param>
/// <param name="Kind">The proto enum name of how, e.g. <c>BRIEFING_KIND_BRIEFED</c> or <c>BRIEFING_KIND_NO_OTHER_ROLE</c>.</param>
/// <param name="BriefedRole">The proto enum name of the role briefed (the one the SPOC does not hold).</param>
/// <param name="BriefedPersonId">The person briefed; null when no other role exists.</param>
/// <param name="BriefedBy">The subject of who recorded it.</param>
/// <param name="Summary">What was said.</param>
/// <param name="BriefedAt">When.</param>
public sealed record OtherRoleBriefed(
    Guid OrgId,
    Guid ProjectId,
    Guid MessageId,
    Guid BriefingId,
    string Kind,
    string BriefedRole,
    Guid? BriefedPersonId,
    string BriefedBy,
    string Summary,
    DateTimeOffset BriefedAt) : IOrgEvent;

/// <summary>The SPOC sent a message to the client: one delivery per recipient is queued (R-COMM-3).</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="MessageId">The message.</param>
/// <param name="Kind">The proto enum name of the kind, e.g. <c>MESSAGE_KIND_CHANGE_ORDER</c>.</param>
/// <param name="SentBy">The SPOC's subject.</param>
/// <param name="RecipientCount">How many recipients it is queued for.</param>
/// <param name="SentAt">When.</param>
public sealed record ClientMessageSent(
    Guid OrgId,
    Guid ProjectId,
    Guid MessageId,
    string Kind,
    string SentBy,
    int RecipientCount,
    DateTimeOffset SentAt) : IOrgEvent;

/// <summary>The mail relay accepted one recipient's copy of a sent message.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="MessageId">The message.</param>
/// <param name="DeliveryId">The recipient's delivery.</param>
/// <param name="Recipient">The recipient's address.</param>
/// <param name="Attempts">Attempts it took.</param>
/// <param name="DeliveredAt">When the relay accepted it.</param>
public sealed record ClientMessageDelivered(
    Guid OrgId,
    Guid ProjectId,
    Guid MessageId,
    Guid DeliveryId,
    string Recipient,
    int Attempts,
    DateTimeOffset DeliveredAt) : IOrgEvent;

/// <summary>Every attempt to deliver one recipient's copy failed (or the relay refused it for good); RetryDelivery queues it again.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="MessageId">The message.</param>
/// <param name="DeliveryId">The recipient's delivery.</param>
/// <param name="Recipient">The recipient's address.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="Error">The last failure.</param>
/// <param name="FailedAt">When it was given up.</param>
public sealed record ClientMessageDeliveryFailed(
    Guid OrgId,
    Guid ProjectId,
    Guid MessageId,
    Guid DeliveryId,
    string Recipient,
    int Attempts,
    string Error,
    DateTimeOffset FailedAt) : IOrgEvent;

/// <summary>A client's mail arrived through the inbound webhook and was threaded to the project by its reply token.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="MessageId">The stored inbound message.</param>
/// <param name="InReplyToMessageId">The outbound message it answers (its thread).</param>
/// <param name="FromEmail">The sender's address.</param>
/// <param name="ReceivedAt">When it arrived.</param>
public sealed record ClientMailReceived(
    Guid OrgId,
    Guid ProjectId,
    Guid MessageId,
    Guid InReplyToMessageId,
    string FromEmail,
    DateTimeOffset ReceivedAt) : IOrgEvent;
