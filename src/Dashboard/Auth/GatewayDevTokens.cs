using System.Net.Http.Json;

namespace Crewline.Dashboard.Auth;

/// <summary>
/// Asks the gateway's development token endpoint (<c>POST /dev/token</c>, Development only) for a
/// token, as the README's walkthrough does with curl. Null when the gateway has no such endpoint.
/// </summary>
public sealed class GatewayDevTokens(HttpClient http)
{
    public const string Path = "/dev/token";

    public async Task<string?> IssueAsync(string subject, string org, string? name, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(Path, new { subject, org, name }, cancellationToken);
        if (!response.IsSuccessStatusCode) return null;
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        return body?.Token;
    }

    private sealed record TokenResponse(string Token);
}
