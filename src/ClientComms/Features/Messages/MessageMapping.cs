using Crewline.ClientComms.Domain.Messages;
using Crewline.ClientComms.Features.Spocs;
using Crewline.Contracts;
using Google.Protobuf;
using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Messages;

internal static class MessageMapping
{
    public static Proto.MessageKind ToProto(this MessageKind kind) => kind switch
    {
        MessageKind.Message => Proto.MessageKind.Message,
        MessageKind.SpocAnnouncement => Proto.MessageKind.SpocAnnouncement,
        MessageKind.ChangeOrder => Proto.MessageKind.ChangeOrder,
        MessageKind.Status => Proto.MessageKind.Status,
        MessageKind.ClientMail => Proto.MessageKind.ClientMail,
        MessageKind.ClientResponse => Proto.MessageKind.ClientResponse,
        _ => throw ProtoEnums.Unmapped(kind),
    };

    public static Proto.MessageState ToProto(this MessageState state) => state switch
    {
        MessageState.Draft => Proto.MessageState.Draft,
        MessageState.HandedToSpoc => Proto.MessageState.HandedToSpoc,
        MessageState.Sent => Proto.MessageState.Sent,
        MessageState.Received => Proto.MessageState.Received,
        _ => throw ProtoEnums.Unmapped(state),
    };

    public static Proto.BriefingKind ToProto(this BriefingKind kind) => kind switch
    {
        BriefingKind.Briefed => Proto.BriefingKind.Briefed,
        BriefingKind.NoOtherRole => Proto.BriefingKind.NoOtherRole,
        BriefingKind.ChangeOrderSigned => Proto.BriefingKind.ChangeOrderSigned,
        BriefingKind.Kickoff => Proto.BriefingKind.Kickoff,
        _ => throw ProtoEnums.Unmapped(kind),
    };

    public static Proto.DeliveryStatus ToProto(this DeliveryStatus status) => status switch
    {
        DeliveryStatus.Pending => Proto.DeliveryStatus.Pending,
        DeliveryStatus.Delivered => Proto.DeliveryStatus.Delivered,
        DeliveryStatus.Failed => Proto.DeliveryStatus.Failed,
        _ => throw ProtoEnums.Unmapped(status),
    };

    public static string KindName(MessageKind kind) => ProtoEnums.NameOf(kind.ToProto());

    public static string BriefingKindName(BriefingKind kind) => ProtoEnums.NameOf(kind.ToProto());

    public static Proto.Briefing ToProto(this Briefing b) => new()
    {
        BriefingId = b.Id.ToString(), MessageId = b.MessageId.ToString(), Kind = b.Kind.ToProto(), BriefedRole = b.BriefedRole.ToProto(),
        BriefedPersonId = b.BriefedPersonId?.ToString() ?? "", BriefedBy = b.BriefedBy, BriefedAt = Timestamp.FromDateTimeOffset(b.BriefedAt),
        Summary = b.Summary,
    };

    public static Proto.Delivery ToProto(this Delivery d) => new()
    {
        DeliveryId = d.Id.ToString(), MessageId = d.MessageId.ToString(), Recipient = d.RecipientEmail, Status = d.Status.ToProto(),
        Attempts = d.Attempts, LastError = d.LastError, DeliveredAt = d.DeliveredAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
    };

    public static Proto.ClientMessage ToProto(this ClientMessage m)
    {
        var proto = new Proto.ClientMessage
        {
            MessageId = m.Id.ToString(), ProjectId = m.ProjectId.ToString(),
            Direction = m.Direction == MessageDirection.Outbound ? Proto.MessageDirection.Outbound : Proto.MessageDirection.Inbound,
            Kind = m.Kind.ToProto(), State = m.State.ToProto(), Subject = m.Subject, Body = m.Body, DraftedBy = m.DraftedBy,
            CreatedAt = Timestamp.FromDateTimeOffset(m.CreatedAt), SentBy = m.SentBy,
            SentAt = m.SentAt is { } sent ? Timestamp.FromDateTimeOffset(sent) : null,
            FromName = m.FromName, FromEmail = m.FromEmail, InReplyToMessageId = m.InReplyToMessageId?.ToString() ?? "",
            ChangeOrderId = m.ChangeOrderId?.ToString() ?? "", ChangeRequest = m.ChangeRequest,
        };
        proto.ContactIds.AddRange(m.ContactIds.Select(c => c.ToString()));
        proto.Briefings.AddRange(m.Briefings.OrderBy(b => b.BriefedAt).ThenBy(b => b.Id).Select(b => b.ToProto()));
        proto.Deliveries.AddRange(m.Deliveries.OrderBy(d => d.RecipientEmail, StringComparer.Ordinal).Select(d => d.ToProto()));
        proto.AttachmentNames.AddRange(m.Attachments.OrderBy(a => a.Position).Select(a => a.FileName));
        return proto;
    }

    public static AttachmentContent ToDomain(this Proto.Attachment a) => new(a.FileName, a.ContentType, a.Content.ToByteArray());

    public static ByteString Bytes(byte[] content) => ByteString.CopyFrom(content);
}
