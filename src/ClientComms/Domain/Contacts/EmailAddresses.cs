using System.Net.Mail;

namespace Crewline.ClientComms.Domain.Contacts;

/// <summary>What counts as a client's email address: exactly one plain address (no display name), with a dotted domain.</summary>
public static class EmailAddresses
{
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > ClientContact.MaxEmailLength) return false;
        var trimmed = value.Trim();
        if (!MailAddress.TryCreate(trimmed, out var address)) return false;
        return address.Address == trimmed && address.DisplayName.Length == 0 && address.Host.Contains('.') && !address.Host.EndsWith('.');
    }

    public static string Normalize(string value) => value.Trim().ToLowerInvariant();
}
