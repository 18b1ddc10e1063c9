using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Crewline.AppHost;

/// <summary>
/// Token settings handed to every service and the gateway: an identity provider
/// (<c>Auth:Authority</c>) or a local signing key. The local key exists only when the AppHost
/// runs the suite: <c>Auth:SigningKey</c> (AppHost/appsettings.Development.json carries one for
/// development), else a random key made for this run. A published configuration (manifest,
/// deployment) never carries a signing key: it must name an identity provider.
/// </summary>
public sealed record AuthSettings(string? Authority, string? SigningKey, string Audience)
{
    public static AuthSettings From(IDistributedApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var authority = configuration["Auth:Authority"];
        var audience = configuration["Auth:Audience"] ?? "crewline";
        if (!string.IsNullOrWhiteSpace(authority) || !builder.ExecutionContext.IsRunMode)
            return new AuthSettings(authority, null, audience);
        var configuredKey = configuration["Auth:SigningKey"];
        return new AuthSettings(null, string.IsNullOrWhiteSpace(configuredKey) ? KeyForThisRun() : configuredKey, audience);
    }

    public bool UsesLocalSigningKey => string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(SigningKey);

    public IResourceBuilder<ProjectResource> ApplyTo(IResourceBuilder<ProjectResource> project)
    {
        project.WithEnvironment("Auth__Audience", Audience);
        if (!string.IsNullOrWhiteSpace(Authority)) project.WithEnvironment("Auth__Authority", Authority);
        else if (!string.IsNullOrWhiteSpace(SigningKey)) project.WithEnvironment("Auth__SigningKey", SigningKey);
        return project;
    }

    private static string KeyForThisRun() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
}
