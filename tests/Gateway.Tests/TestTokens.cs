using System.Security.Claims;
using System.Text;
using Crewline.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crewline.Gateway.Tests;

/// <summary>Tokens for the gateway's test key: well-formed ones and the ones an attacker or a bad clock would send.</summary>
public static class TestTokens
{
    public static string Valid() => Signed(SecurityAlgorithms.HmacSha256, DateTime.UtcNow.AddHours(1));

    public static string SignedWith(string algorithm) => Signed(algorithm, DateTime.UtcNow.AddHours(1));

    public static string ExpiredAgo(TimeSpan age) => Signed(SecurityAlgorithms.HmacSha256, DateTime.UtcNow - age);

    /// <summary>An unsigned token (<c>alg: none</c>) with valid claims.</summary>
    public static string Unsigned()
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode(
            $$"""{"sub":"mallory","org":"{{Guid.NewGuid()}}","name":"mallory","iss":"{{AuthOptions.DefaultIssuer}}","aud":"{{AuthOptions.DefaultAudience}}","exp":{{expires}}}""");
        return $"{header}.{payload}.";
    }

    private static string Signed(string algorithm, DateTime expires)
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(GatewayFactory.SigningKey));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.DefaultIssuer,
            Audience = AuthOptions.DefaultAudience,
            IssuedAt = expires.AddHours(-2),
            NotBefore = expires.AddHours(-2),
            Expires = expires,
            Subject = new ClaimsIdentity(
            [
                new Claim(CrewlineClaims.Subject, "alex"),
                new Claim(CrewlineClaims.Org, Guid.NewGuid().ToString()),
                new Claim(CrewlineClaims.Name, "alex"),
            ]),
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }
}
