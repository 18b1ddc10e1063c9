namespace Crewline.ServiceDefaults.Auth;

/// <summary>
/// Configuration section <c>Auth</c>. Either <see cref="Authority"/> (a real identity
/// provider) or <see cref="SigningKey"/> (a local key for development and tests) is set.
/// </summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";
    public const string DefaultIssuer = "crewline-dev";
    public const string DefaultAudience = "crewline";

    /// <summary>OpenID Connect authority whose keys sign the tokens.</summary>
    public string? Authority { get; set; }

    /// <summary>Expected audience of every token.</summary>
    public string Audience { get; set; } = DefaultAudience;

    /// <summary>Issuer of locally signed tokens.</summary>
    public string Issuer { get; set; } = DefaultIssuer;

    /// <summary>Symmetric key (at least 32 characters) for locally signed development tokens.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Whether the gateway serves <c>POST /dev/token</c> (only with a local signing key).</summary>
    public bool EnableDevTokenEndpoint { get; set; }
}
