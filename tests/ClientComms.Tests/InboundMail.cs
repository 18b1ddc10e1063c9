using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Crewline.ClientComms.Features.Inbound;
using Crewline.Contracts;

namespace Crewline.ClientComms.Tests;

/// <summary>Posts to the inbound mail webhook as a mail provider would: JSON, signed with the shared secret.</summary>
public static class InboundMailPoster
{
    public static async Task<HttpResponseMessage> PostAsync(ClientCommsFixture fixture, object mail, string? secret = ClientCommsFixture.InboundSecret,
        DateTimeOffset? at = null, Func<string, string>? tamper = null)
    {
        var json = JsonSerializer.Serialize(mail, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, ResourceNames.InboundMailPath)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } },
        };
        request.Headers.Add(InboundSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (secret is not null)
        {
            var signature = InboundSignature.Sign(secret, timestamp, body);
            request.Headers.Add(InboundSignature.SignatureHeader, tamper?.Invoke(signature) ?? signature);
        }
        return await fixture.Service.CreateClient().SendAsync(request);
    }

    /// <summary>A reply to a sent mail, addressed to its Reply-To.</summary>
    public static object Reply(string replyTo, string subject, string text, string from = "jo@client.example", string? marker = null, string? id = null) => new
    {
        id = id ?? $"provider-{Guid.NewGuid():N}",
        from = new { name = "Jo Client", email = from },
        to = new[] { replyTo },
        subject,
        text,
        marker,
    };

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
