using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Crewline.ClientComms.Features.Inbound;

/// <summary>
/// The webhook's signature: <c>X-Crewline-Signature: sha256=&lt;hex of HMAC-SHA256(secret, "&lt;timestamp&gt;." + body)&gt;</c>
/// with <c>X-Crewline-Timestamp: &lt;Unix seconds&gt;</c>. The timestamp is signed with the body and must
/// be within <see cref="InboundMailOptions.MaxClockSkew"/> of now, so a captured post cannot be replayed later.
/// </summary>
public static class InboundSignature
{
    public const string SignatureHeader = "X-Crewline-Signature";
    public const string TimestampHeader = "X-Crewline-Timestamp";
    private const string Prefix = "sha256=";

    public static string Sign(string secret, long timestamp, byte[] body)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var signed = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".").Concat(body).ToArray();
        return Prefix + Convert.ToHexStringLower(hmac.ComputeHash(signed));
    }

    /// <summary>Null when the post is authentic and fresh, else why not.</summary>
    public static string? Check(string secret, string? timestampHeader, string? signatureHeader, byte[] body, DateTimeOffset now, TimeSpan maxSkew)
    {
        if (secret.Length == 0) return "the webhook has no signing secret configured";
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)) return $"{TimestampHeader} is missing or not Unix seconds";
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > maxSkew.TotalSeconds) return $"{TimestampHeader} is too far from now (a replay?)";
        if (signatureHeader is null) return $"{SignatureHeader} is missing";
        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signatureHeader.Trim())) ? null : "the signature does not match";
    }
}
