namespace Crewline.Dashboard.Auth;

/// <summary>The HttpOnly cookie that keeps the signed-in user's bearer token between requests.</summary>
public static class TokenCookie
{
    public const string Name = "crewline_dashboard_token";

    public static string? Read(HttpContext context) =>
        context.Request.Cookies.TryGetValue(Name, out var token) && !string.IsNullOrWhiteSpace(token) ? token : null;

    public static void Write(HttpContext context, string token) =>
        context.Response.Cookies.Append(Name, token, Options(context));

    public static void Delete(HttpContext context) => context.Response.Cookies.Delete(Name, Options(context));

    private static CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        // Strict: no other site can make the browser send it (sign-in and sign-out forms included).
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/",
        MaxAge = TimeSpan.FromHours(12),
    };
}
