namespace Crewline.ClientComms.Features.Inbound;

/// <summary>The inbound mail webhook (configuration section <c>ClientComms:Inbound</c>).</summary>
public sealed class InboundMailOptions
{
    public const string SectionName = "ClientComms:Inbound";

    /// <summary>The shared secret the mail provider signs with (HMAC-SHA256). A secret: set it from a secret store. Empty: every post is refused.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>A post whose timestamp is further than this from now is refused (a replayed post).</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}
