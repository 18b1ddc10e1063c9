namespace Crewline.ClientComms.Domain.Messages;

/// <summary>A client contact a message is sent to.</summary>
public sealed record Recipient(Guid ContactId, string Name, string Email);
