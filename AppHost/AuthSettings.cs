using Microsoft.Extensions.Configuration;

namespace Crewline.AppHost;

/// <summary>
/// Token settings handed to every service and the gateway: an identity provider
/// (<c>Auth:Authority</c>) or the local development signing key (<c>Auth:SigningKey</c>).
/// </summary>
public sealed record AuthSettings(string? Authority, string? SigningKey, string Audience)
{
    public static AuthSettings From(IConfiguration configuration) => new(
        configuration["Auth:Authority"],
        configuration["Auth:SigningKey"],
        configuration["Auth:Audience"] ?? "crewline");

    public bool UsesLocalSigningKey => string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(SigningKey);

    public IResourceBuilder<ProjectResource> ApplyTo(IResourceBuilder<ProjectResource> project)
    {
        project.WithEnvironment("Auth__Audience", Audience);
        if (!string.IsNullOrWhiteSpace(Authority)) project.WithEnvironment("Auth__Authority", Authority);
        else if (!string.IsNullOrWhiteSpace(SigningKey)) project.WithEnvironment("Auth__SigningKey", SigningKey);
        return project;
    }
}
