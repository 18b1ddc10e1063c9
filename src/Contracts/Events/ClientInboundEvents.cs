namespace Crewline.Contracts.Events.ClientComms;

/// <summary>
/// A client's message, threaded to a project, was marked as a change request: the scope-change
/// service opens a change request from it (R-SCOPE-1).
/// </summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project the message was threaded to.</param>
/// <param name="InboundMessageId">The inbound message's id (ScopeChanges opens one request per message).</param>
/// <param name="Subject">The message's subject (the request's title).</param>
/// <param name="Body">The message's text (the request's description).</param>
/// <param name="FromName">The client contact's name.</param>
/// <param name="FromEmail">The client contact's address.</param>
/// <param name="ReceivedAt">When the message arrived.</param>
public sealed record ClientChangeRequestReceived(
    Guid OrgId,
    Guid ProjectId,
    Guid InboundMessageId,
    string Subject,
    string Body,
    string FromName,
    string FromEmail,
    DateTimeOffset ReceivedAt) : IOrgEvent;

/// <summary>
/// The client answered a change order sent through the SPOC (R-SCOPE-5): accepted or declined. Comes
/// from a reply threaded to the change order's conversation, or from the SPOC recording what the
/// client said.
/// </summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project.</param>
/// <param name="ChangeRequestId">The change request the change order belongs to.</param>
/// <param name="ChangeOrderId">The change order answered.</param>
/// <param name="Version">The change order's version answered.</param>
/// <param name="Accepted">True when the client accepted, false when it declined.</param>
/// <param name="Note">What the client said, if anything.</param>
/// <param name="RespondedAt">When the client answered.</param>
public sealed record ClientRespondedToChangeOrder(
    Guid OrgId,
    Guid ProjectId,
    Guid ChangeRequestId,
    Guid ChangeOrderId,
    int Version,
    bool Accepted,
    string Note,
    DateTimeOffset RespondedAt) : IOrgEvent;
