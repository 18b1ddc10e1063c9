using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.ClientComms.Domain.Messages;

/// <summary>A file attached to an outbound message (stored with it, sent as a MIME attachment).</summary>
public sealed class MessageAttachment : IOrgOwned
{
    /// <summary>The largest file accepted (5 MiB).</summary>
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerMessage = 10;
    public const int MaxFileNameLength = 200;
    public const int MaxContentTypeLength = 100;

    private MessageAttachment() { }

    public Guid Id { get; private set; }
    public Guid OrgId { get; private set; }
    public Guid MessageId { get; private set; }
    public int Position { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];

    internal static MessageAttachment Of(Guid orgId, Guid messageId, int position, AttachmentContent file)
    {
        if (file.Content.Length > MaxBytes) throw new ArgumentException($"An attachment has at most {MaxBytes} bytes.", nameof(file));
        return new MessageAttachment
        {
            Id = Guid.CreateVersion7(), OrgId = orgId, MessageId = messageId, Position = position,
            FileName = file.FileName.Trim(), ContentType = file.ContentType.Length == 0 ? "application/octet-stream" : file.ContentType.Trim(),
            Content = file.Content,
        };
    }
}

/// <summary>A file to attach: name, MIME type and bytes.</summary>
public sealed record AttachmentContent(string FileName, string ContentType, byte[] Content);
