namespace Crewline.MailCapture;

/// <summary>One message as the capture server received it: the envelope and the parsed MIME parts.</summary>
/// <param name="Sequence">Arrival order (1, 2, ...).</param>
/// <param name="ReceivedAt">When the SMTP transaction ended.</param>
/// <param name="EnvelopeFrom">MAIL FROM.</param>
/// <param name="EnvelopeTo">RCPT TO, in order.</param>
/// <param name="MessageId">The Message-ID header (without angle brackets).</param>
/// <param name="From">The From header.</param>
/// <param name="To">The To header's addresses.</param>
/// <param name="ReplyTo">The Reply-To header's addresses.</param>
/// <param name="Subject">The Subject header.</param>
/// <param name="Text">The text/plain part.</param>
/// <param name="Html">The text/html part.</param>
/// <param name="Attachments">Each attachment's file name and size in bytes.</param>
public sealed record CapturedMail(
    long Sequence,
    DateTimeOffset ReceivedAt,
    string EnvelopeFrom,
    IReadOnlyList<string> EnvelopeTo,
    string MessageId,
    string From,
    IReadOnlyList<string> To,
    IReadOnlyList<string> ReplyTo,
    string Subject,
    string Text,
    string Html,
    IReadOnlyList<CapturedAttachment> Attachments);

/// <summary>An attachment of a captured message.</summary>
public sealed record CapturedAttachment(string FileName, string ContentType, long Size);
