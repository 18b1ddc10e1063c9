using Crewline.ServiceDefaults.Auth;

namespace Crewline.Gateway.DevTokens;

/// <summary>
/// <c>POST /dev/token</c> mints a token signed with the local development key. Mapped only in the
/// Development environment, when <c>Auth:EnableDevTokenEndpoint</c> is true, and when no identity
/// provider is configured: any one of them missing and the path does not exist.
/// </summary>
public static class DevTokenEndpoint
{
    public const string Path = "/dev/token";

    public sealed record DevTokenRequest(string? Subject, string? Org, string? Name);

    public sealed record DevTokenResponse(string Token, string Subject, string Org);

    public static WebApplication MapDevTokenEndpoint(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<AuthOptions>();
        if (!options.EnableDevTokenEndpoint || !string.IsNullOrWhiteSpace(options.Authority) || string.IsNullOrWhiteSpace(options.SigningKey))
            return app;
        if (!app.Environment.IsDevelopment())
        {
            app.Logger.LogWarning("Auth:EnableDevTokenEndpoint is ignored outside the Development environment (this is {Environment}).", app.Environment.EnvironmentName);
            return app;
        }

        app.MapPost(Path, (DevTokenRequest request, DevTokenIssuer issuer) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(request.Subject)) errors["subject"] = ["must not be empty"];
            if (!Guid.TryParse(request.Org, out var org) || org == Guid.Empty) errors["org"] = ["must be a UUID"];
            if (errors.Count > 0) return Results.ValidationProblem(errors);
            var token = issuer.Issue(request.Subject!, org, request.Name);
            return Results.Ok(new DevTokenResponse(token, request.Subject!, org.ToString()));
        }).AllowAnonymous();
        app.Logger.LogWarning("Development token endpoint {Path} is enabled: never enable it in production.", Path);
        return app;
    }
}
