using MailKit.Security;

namespace Crewline.ClientComms.Infrastructure.Mail;

/// <summary>
/// How client mail leaves and comes back (configuration section <c>ClientComms:Mail</c>; the relay
/// password belongs in a secret store, e.g. the environment variable <c>ClientComms__Mail__Smtp__Password</c>).
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "ClientComms:Mail";

    /// <summary>The address mail is sent from; the display name is the SPOC's.</summary>
    public string FromAddress { get; set; } = "projects@crewline.local";

    /// <summary>The domain of the reply addresses (<c>reply+&lt;token&gt;@ReplyDomain</c>) the inbound mail provider posts back to the webhook.</summary>
    public string ReplyDomain { get; set; } = "reply.crewline.local";

    public SmtpRelayOptions Smtp { get; set; } = new();

    public DeliveryOptions Delivery { get; set; } = new();

    public void Validate()
    {
        if (Delivery.Lease <= Smtp.Timeout + Smtp.Timeout)
            throw new InvalidOperationException($"{SectionName}:Delivery:Lease ({Delivery.Lease}) must exceed twice {SectionName}:Smtp:Timeout ({Smtp.Timeout}): a retry must never overlap an attempt in flight.");
        if (Delivery.Concurrency < 1) throw new InvalidOperationException($"{SectionName}:Delivery:Concurrency must be at least 1.");
        if (Delivery.MaxAttempts < 1) throw new InvalidOperationException($"{SectionName}:Delivery:MaxAttempts must be at least 1.");
    }
}

/// <summary>The SMTP relay (<c>ClientComms:Mail:Smtp</c>).</summary>
public sealed class SmtpRelayOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 2525;
    /// <summary>None (plain, for a local capture server), StartTls, SslOnConnect, or Auto (StartTLS when offered).</summary>
    public SecureSocketOptions TlsMode { get; set; } = SecureSocketOptions.None;
    /// <summary>Empty: no authentication.</summary>
    public string Username { get; set; } = "";
    /// <summary>A secret: configure it from a secret store, never in appsettings.</summary>
    public string Password { get; set; } = "";
    /// <summary>Connect, send and every SMTP reply time out after this.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>The background sender (<c>ClientComms:Mail:Delivery</c>).</summary>
public sealed class DeliveryOptions
{
    /// <summary>How often the sender looks for due deliveries (it is also woken at once by a send).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>How long a claimed copy belongs to one attempt; must exceed twice the SMTP timeout.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>Attempts before a copy is failed (visible; RetryDelivery queues it again).</summary>
    public int MaxAttempts { get; set; } = 10;
    /// <summary>The first retry waits this long; each next one twice as long, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>At most this many copies per pass.</summary>
    public int BatchSize { get; set; } = 50;
    /// <summary>How many copies one sender hands to the relay at once (each on its own SMTP session).</summary>
    public int Concurrency { get; set; } = 8;
}
