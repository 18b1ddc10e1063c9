using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crewline.Reporting.Features.Findings.Live;

/// <summary>
/// What one PostgreSQL notification on <see cref="Channel"/> carries: the org, the project, what
/// happened, and the finding concerned (compact: a stream re-reads the finding it may show).
/// </summary>
public sealed record LiveNotification(
    [property: JsonPropertyName("o")] Guid OrgId,
    [property: JsonPropertyName("p")] Guid ProjectId,
    [property: JsonPropertyName("k")] LiveChange Change,
    [property: JsonPropertyName("f")] Guid? FindingId)
{
    /// <summary>The PostgreSQL notification channel of Reporting's live updates.</summary>
    public const string Channel = "reporting_live";

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public string ToPayload() => JsonSerializer.Serialize(this, Json);

    /// <summary>The notification in a payload; null for one this version does not understand.</summary>
    public static LiveNotification? FromPayload(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<LiveNotification>(payload, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>What a live notification is about.</summary>
public enum LiveChange
{
    ProjectChanged = 1,
    FindingOpened = 2,
    FindingClosed = 3,
}
