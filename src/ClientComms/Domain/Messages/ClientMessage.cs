using System.Security.Cryptography;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.ClientComms.Domain.Messages;

/// <summary>
/// One message of a project's conversation with the client. Outbound: drafted by any member, handed
/// to the SPOC when someone else asks to send it (R-COMM-3), sent only by the SPOC once the other
/// role was briefed on it (R-COMM-4), then delivered per recipient. Inbound: a client's mail threaded
/// to the outbound message it answers by that message's reply token.
/// </summary>
public sealed class ClientMessage : IOrgOwned
{
    public const string SendRuleId = "R-COMM-3";
    public const int MaxSubjectLength = 300;
    public const int MaxBodyLength = 100_000;
    public const int MaxHtmlLength = 200_000;

    private readonly List<MessageAttachment> _attachments = [];
    private readonly List<Briefing> _briefings = [];
    private readonly List<Delivery> _deliveries = [];

    private ClientMessage() { }

    public Guid Id { get; private set; }
    public Guid OrgId { get; private set; }
    public Guid ProjectId { get; private set; }
    public MessageDirection Direction { get; private set; }
    public MessageKind Kind { get; private set; }
    public MessageState State { get; private set; }
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string BodyHtml { get; private set; } = "";
    public string DraftedBy { get; private set; } = "";
    /// <summary>The role its author wrote it in (statuses: R-COMM-5), if known.</summary>
    public SpocRole? AuthorRole { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string SentBy { get; private set; } = "";
    public string SentByName { get; private set; } = "";
    public DateTimeOffset? SentAt { get; private set; }
    /// <summary>The contacts an outbound message goes to (empty: every contact at send time).</summary>
    public List<Guid> ContactIds { get; private set; } = [];
    /// <summary>The token a reply carries back (Reply-To address and subject) so it is threaded here.</summary>
    public string ReplyToken { get; private set; } = "";
    public Guid? InReplyToMessageId { get; private set; }
    public string FromName { get; private set; } = "";
    public string FromEmail { get; private set; } = "";
    /// <summary>The inbound mail's id at the mail provider (one stored message per id).</summary>
    public string? ExternalId { get; private set; }
    public bool ChangeRequest { get; private set; }
    public Guid? ChangeRequestId { get; private set; }
    public Guid? ChangeOrderId { get; private set; }
    public int? ChangeOrderVersion { get; private set; }
    /// <summary>A hash of a status's content (R-COMM-5: the same status twice is not a conflict).</summary>
    public string? ContentHash { get; private set; }
    /// <summary>Optimistic concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<MessageAttachment> Attachments => _attachments;
    public IReadOnlyList<Briefing> Briefings => _briefings;
    public IReadOnlyList<Delivery> Deliveries => _deliveries;

    public bool IsSent => State == MessageState.Sent;

    /// <summary>A draft of an outbound message to <paramref name="contactIds"/> (empty: every contact at send time).</summary>
    public static ClientMessage Draft(Guid orgId, Guid projectId, MessageKind kind, string subject, string body, string bodyHtml,
        IReadOnlyList<Guid> contactIds, IReadOnlyList<AttachmentContent> attachments, string draftedBy, SpocRole? authorRole, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(subject)) throw new ArgumentException("A message has a subject.", nameof(subject));
        if (string.IsNullOrWhiteSpace(body)) throw new ArgumentException("A message has a body.", nameof(body));
        if (attachments.Count > MessageAttachment.MaxPerMessage) throw new ArgumentException("Too many attachments.", nameof(attachments));
        var message = new ClientMessage
        {
            Id = Guid.CreateVersion7(), OrgId = orgId, ProjectId = projectId, Direction = MessageDirection.Outbound, Kind = kind,
            State = MessageState.Draft, Subject = subject.Trim(), Body = body, BodyHtml = bodyHtml.Length > 0 ? bodyHtml : HtmlBody.FromText(body),
            DraftedBy = draftedBy, AuthorRole = authorRole, CreatedAt = now, ContactIds = contactIds.Distinct().ToList(), ReplyToken = NewReplyToken(),
        };
        for (var i = 0; i < attachments.Count; i++) message._attachments.Add(MessageAttachment.Of(orgId, message.Id, i, attachments[i]));
        return message;
    }

    /// <summary>A change order from the scope-change service (R-SCOPE-5), drafted as the SPOC.</summary>
    public static ClientMessage ChangeOrder(Guid orgId, Guid projectId, Guid changeRequestId, Guid changeOrderId, int version,
        string subject, string markdown, string html, string spocSubject, DateTimeOffset now)
    {
        var message = Draft(orgId, projectId, MessageKind.ChangeOrder, subject, markdown, html, [], [], spocSubject, null, now);
        message.ChangeRequestId = changeRequestId;
        message.ChangeOrderId = changeOrderId;
        message.ChangeOrderVersion = version;
        return message;
    }

    /// <summary>A status composed from the shared plan (R-COMM-5).</summary>
    public static ClientMessage Status(Guid orgId, Guid projectId, string subject, string body, string draftedBy, SpocRole authorRole, DateTimeOffset now)
    {
        var message = Draft(orgId, projectId, MessageKind.Status, subject, body, "", [], [], draftedBy, authorRole, now);
        message.ContentHash = HashOf(body);
        return message;
    }

    /// <summary>A client's mail threaded to <paramref name="thread"/>.</summary>
    public static ClientMessage Received(ClientMessage thread, string externalId, string fromName, string fromEmail, string subject, string body,
        bool changeRequest, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), OrgId = thread.OrgId, ProjectId = thread.ProjectId, Direction = MessageDirection.Inbound,
        Kind = MessageKind.ClientMail, State = MessageState.Received, Subject = subject.Trim(), Body = body, CreatedAt = now,
        FromName = fromName.Trim(), FromEmail = fromEmail.Trim(), ExternalId = externalId, InReplyToMessageId = thread.Id,
        ChangeRequest = changeRequest, ChangeRequestId = thread.ChangeRequestId, ChangeOrderId = thread.ChangeOrderId,
        ChangeOrderVersion = thread.ChangeOrderVersion,
    };

    /// <summary>The client's answer to a change order, as the SPOC recorded it (e.g. said on the phone).</summary>
    public static ClientMessage ClientResponse(ClientMessage changeOrder, bool accepted, string note, string recordedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), OrgId = changeOrder.OrgId, ProjectId = changeOrder.ProjectId, Direction = MessageDirection.Inbound,
        Kind = MessageKind.ClientResponse, State = MessageState.Received, Subject = $"{(accepted ? "Accepted" : "Declined")}: {changeOrder.Subject}",
        Body = note.Length > 0 ? note : (accepted ? "The client accepted the change order." : "The client declined the change order."),
        DraftedBy = recordedBy, CreatedAt = now, InReplyToMessageId = changeOrder.Id, ChangeRequestId = changeOrder.ChangeRequestId,
        ChangeOrderId = changeOrder.ChangeOrderId, ChangeOrderVersion = changeOrder.ChangeOrderVersion,
    };

    /// <summary>R-COMM-3: a member other than the SPOC asked to send it; it waits for the SPOC.</summary>
    public void HandToSpoc()
    {
        RequireUnsent();
        State = MessageState.HandedToSpoc;
    }

    /// <summary>Records a briefing of the other role on this message (R-COMM-4).</summary>
    public Briefing Brief(BriefingKind kind, SpocRole briefedRole, Guid? briefedPersonId, string briefedBy, string summary, DateTimeOffset now)
    {
        RequireUnsent();
        var briefing = Briefing.Record(OrgId, Id, kind, briefedRole, briefedPersonId, briefedBy, summary, now);
        _briefings.Add(briefing);
        return briefing;
    }

    /// <summary>
    /// The SPOC sends it: R-COMM-4 (the other role was briefed on it) must hold; one delivery is
    /// queued per recipient. The caller checked that the sender is the SPOC (R-COMM-3).
    /// </summary>
    public IReadOnlyList<Delivery> Send(string spocSubject, string spocName, IReadOnlyList<Recipient> recipients, DateTimeOffset now)
    {
        RequireUnsent();
        if (_briefings.Count == 0)
            throw new RuleViolationException(Briefing.RuleId, "The other role has not been briefed on this message: record the briefing (BriefOtherRole) before it goes out.",
                [new PreconditionViolation(Briefing.RuleId, "briefing", "the other role is briefed before a message goes out to the client")]);
        State = MessageState.Sent;
        SentBy = spocSubject;
        SentByName = spocName;
        SentAt = now;
        foreach (var recipient in recipients.DistinctBy(r => r.Email)) _deliveries.Add(Delivery.Queue(OrgId, ProjectId, Id, recipient, now));
        return _deliveries;
    }

    private void RequireUnsent()
    {
        if (Direction != MessageDirection.Outbound)
            throw new RuleViolationException(SendRuleId, "A message received from the client is not sent.");
        if (State == MessageState.Sent)
            throw new RuleViolationException(SendRuleId, "This message was already sent.");
    }

    /// <summary>A hash of a status's text: two statuses with the same text say the same thing.</summary>
    public static string HashOf(string text) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.Trim())));

    /// <summary>An unguessable token (20 lowercase base-32 characters) that threads a reply.</summary>
    private static string NewReplyToken()
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var bytes = RandomNumberGenerator.GetBytes(20);
        return new string(bytes.Select(b => alphabet[b % 32]).ToArray());
    }
}
