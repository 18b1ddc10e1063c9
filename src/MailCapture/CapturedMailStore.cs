using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Crewline.MailCapture;

/// <summary>
/// Keeps every message the SMTP server accepts, in arrival order, in memory (a capture server for
/// development and tests: nothing is relayed anywhere). Every transmission is kept, duplicates
/// included, so a test can count what arrived.
/// </summary>
public sealed class CapturedMailStore : MessageStore
{
    private readonly List<CapturedMail> _mails = [];
    private readonly TimeProvider _clock;

    public CapturedMailStore(TimeProvider? clock = null) => _clock = clock ?? TimeProvider.System;

    /// <summary>Everything received so far, oldest first.</summary>
    public IReadOnlyList<CapturedMail> All()
    {
        lock (_mails) return _mails.ToList();
    }

    /// <summary>Messages received for one envelope recipient.</summary>
    public IReadOnlyList<CapturedMail> For(string recipient) =>
        All().Where(m => m.EnvelopeTo.Contains(recipient, StringComparer.OrdinalIgnoreCase)).ToList();

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(buffer.ToArray());
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        lock (_mails)
        {
            _mails.Add(new CapturedMail(
                _mails.Count + 1,
                _clock.GetUtcNow(),
                Address(transaction.From),
                transaction.To.Select(Address).ToList(),
                message.MessageId ?? "",
                message.From.ToString(),
                message.To.Mailboxes.Select(m => m.Address).ToList(),
                message.ReplyTo.Mailboxes.Select(m => m.Address).ToList(),
                message.Subject ?? "",
                message.TextBody ?? "",
                message.HtmlBody ?? "",
                message.Attachments.OfType<MimePart>()
                    .Select(a => new CapturedAttachment(a.FileName ?? "", a.ContentType.MimeType, Size(a))).ToList()));
        }
        return SmtpResponse.Ok;
    }

    private static string Address(SmtpServer.Mail.IMailbox? mailbox) =>
        mailbox is null || string.IsNullOrEmpty(mailbox.User) ? "" : $"{mailbox.User}@{mailbox.Host}";

    private static long Size(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content?.DecodeTo(content);
        return content.Length;
    }
}
