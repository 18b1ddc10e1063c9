using Crewline.ClientComms.Domain.Messages;
using MimeKit;

namespace Crewline.ClientComms.Infrastructure.Mail;

/// <summary>
/// One recipient's MIME message: multipart/alternative text + HTML (in multipart/mixed with the
/// attachments), from the SPOC, with the reply token in the Reply-To address and the subject so a
/// reply threads back, and the copy's own Message-ID.
/// </summary>
public sealed class MimeComposer(MailOptions options)
{
    public MimeMessage Compose(ClientMessage message, Delivery delivery)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(message.SentByName, options.FromAddress));
        mime.To.Add(new MailboxAddress(delivery.RecipientName, delivery.RecipientEmail));
        mime.ReplyTo.Add(new MailboxAddress(message.SentByName, ReplyAddress(message.ReplyToken)));
        mime.Subject = $"{message.Subject} [ref:{message.ReplyToken}]";
        mime.MessageId = delivery.MessageIdHeader;
        mime.Date = message.SentAt ?? DateTimeOffset.UtcNow;
        var body = new BodyBuilder { TextBody = message.Body, HtmlBody = message.BodyHtml };
        foreach (var attachment in message.Attachments.OrderBy(a => a.Position))
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        mime.Body = body.ToMessageBody();
        return mime;
    }

    /// <summary>The address a reply goes to: <c>reply+&lt;token&gt;@&lt;reply domain&gt;</c>.</summary>
    public string ReplyAddress(string token) => $"reply+{token}@{options.ReplyDomain}";
}
