using Microsoft.AspNetCore.Mvc;

namespace Crewline.Dashboard.Auth;

/// <summary>
/// The form posts of the sign-in page: paste a token, or (Development only) get one from the
/// gateway's development token endpoint; and sign-out. The token goes into an HttpOnly cookie and
/// never into a URL.
/// </summary>
public static class SignInEndpoints
{
    public static WebApplication MapSignInEndpoints(this WebApplication app)
    {
        // The cookie is SameSite=Strict, so a cross-site form cannot sign anyone in or out.
        app.MapPost("/signin", (HttpContext context, [FromForm] string? token) =>
        {
            if (string.IsNullOrWhiteSpace(token) || SignedInUser.ReadClaims(token.Trim()).Org is null)
                return Results.Redirect(Local(context, "signin?error=token"));
            TokenCookie.Write(context, token.Trim());
            return Results.Redirect(Local(context, ""));
        }).DisableAntiforgery();

        if (app.Environment.IsDevelopment())
        {
            app.MapPost("/signin/dev", async (HttpContext context, GatewayDevTokens devTokens, [FromForm] string? subject, [FromForm] string? org, CancellationToken cancellationToken) =>
            {
                if (string.IsNullOrWhiteSpace(subject) || !Guid.TryParse(org, out _))
                    return Results.Redirect(Local(context, "signin?error=dev-input"));
                string? token;
                try { token = await devTokens.IssueAsync(subject.Trim(), org!.Trim(), subject.Trim(), cancellationToken); }
                catch (HttpRequestException) { token = null; }
                if (token is null) return Results.Redirect(Local(context, "signin?error=dev-endpoint"));
                TokenCookie.Write(context, token);
                return Results.Redirect(Local(context, ""));
            }).DisableAntiforgery();
        }

        app.MapPost("/signout", (HttpContext context) =>
        {
            TokenCookie.Delete(context);
            return Results.Redirect(Local(context, "signin"));
        }).DisableAntiforgery();
        return app;
    }

    private static string Local(HttpContext context, string relative) => $"{context.Request.PathBase}/{relative}";
}
