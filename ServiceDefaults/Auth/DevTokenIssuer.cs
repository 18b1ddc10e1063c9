using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crewline.ServiceDefaults.Auth;

/// <summary>Mints tokens signed with the local development key (development and tests only).</summary>
public sealed class DevTokenIssuer(AuthOptions options)
{
    public static SymmetricSecurityKey KeyFrom(string signingKey) => new(Encoding.UTF8.GetBytes(signingKey));

    public string Issue(string subject, Guid orgId, string? name = null, TimeSpan? lifetime = null)
    {
        if (string.IsNullOrWhiteSpace(options.SigningKey))
            throw new InvalidOperationException("Auth:SigningKey is not set: development tokens cannot be minted.");
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(8)),
            Subject = new ClaimsIdentity(
            [
                new Claim(CrewlineClaims.Subject, subject),
                new Claim(CrewlineClaims.Org, orgId.ToString()),
                new Claim(CrewlineClaims.Name, name ?? subject),
            ]),
            SigningCredentials = new SigningCredentials(KeyFrom(options.SigningKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
