using System.Text;
using System.Text.Json;

namespace Crewline.Dashboard.Auth;

/// <summary>
/// The signed-in user of one circuit: the bearer token from the HttpOnly cookie, handed to the
/// circuit by the root component, and the name and org read from it for display. The dashboard
/// does not check the token itself; the gateway does, on every call.
/// </summary>
public sealed class SignedInUser
{
    public string? Token { get; private set; }
    public string? Name { get; private set; }
    public string? Org { get; private set; }

    public bool IsSignedIn => Token is not null;

    public void SignIn(string? token)
    {
        Token = string.IsNullOrWhiteSpace(token) ? null : token.Trim();
        (Name, Org) = Token is null ? (null, null) : ReadClaims(Token);
    }

    /// <summary>The display claims of a JWT, unverified (for showing only); nulls when it is not one.</summary>
    public static (string? Name, string? Org) ReadClaims(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) return (null, null);
        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            var root = json.RootElement;
            string? Claim(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return (Claim("name") ?? Claim("sub"), Claim("org"));
        }
        catch (FormatException) { return (null, null); }
        catch (JsonException) { return (null, null); }
    }
}
