using MailKit.Net.Smtp;
using MimeKit;

namespace Crewline.ClientComms.Infrastructure.Mail;

/// <summary>The outcome of handing one copy to the relay.</summary>
public sealed record RelayResult(bool Accepted, bool Permanent, string Error)
{
    public static readonly RelayResult Ok = new(true, false, "");
}

/// <summary>Hands one MIME message to the configured SMTP relay with MailKit (TLS mode and credentials from <see cref="SmtpRelayOptions"/>).</summary>
public sealed class SmtpRelay(MailOptions options)
{
    public async Task<RelayResult> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Smtp;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(smtp.Timeout);
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.TlsMode, timeout.Token);
            if (smtp.Username.Length > 0) await client.AuthenticateAsync(smtp.Username, smtp.Password, timeout.Token);
            await client.SendAsync(message, timeout.Token);
            await client.DisconnectAsync(true, CancellationToken.None);
            return RelayResult.Ok;
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
        {
            // A 5xx answer is the relay's final word (e.g. no such mailbox): retrying will not help.
            return new RelayResult(false, true, $"{(int)ex.StatusCode} {ex.Message}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new RelayResult(false, false, ex.Message);
        }
    }
}
