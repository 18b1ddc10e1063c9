using System.Net;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Crewline.Bench.Baselines;

/// <summary>
/// A bare SMTP send with MailKit to the harness's capture server, as ClientComms' relay hands over
/// one copy: connect, send one small text message, quit. Completes when the server accepted the
/// message (its 250 answer to the data).
/// </summary>
public static class BareSmtp
{
    public const string Recipient = "bare-smtp@bench.example";

    public static async Task SendAsync(int port, string subject, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Bench", "bench@crewline.local"));
        message.To.Add(new MailboxAddress("Bare", Recipient));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = "A bare SMTP send of the bench." };
        using var client = new SmtpClient();
        await client.ConnectAsync(IPAddress.Loopback.ToString(), port, SecureSocketOptions.None, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
