using System.Globalization;
using System.Text;
using Crewline.BuildingBlocks.Errors;

namespace Crewline.BuildingBlocks.Paging;

/// <summary>
/// Page size and opaque page tokens for list RPCs (<c>page_size</c>, <c>page_token</c> →
/// <c>next_page_token</c>). A token is the base64 of the sort key of the last item returned.
/// </summary>
public static class PageToken
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static int Size(int requested, RequestValidator validator)
    {
        validator.Check(requested is >= 0 and <= MaxPageSize, "page_size", $"must be between 0 and {MaxPageSize}");
        return requested == 0 ? DefaultPageSize : requested;
    }

    public static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(key));

    /// <summary>The key inside a token; null for an empty token; a violation on page_token when malformed.</summary>
    public static string? Decode(string? token, RequestValidator validator)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            validator.Check(false, "page_token", "is not a token this API returned");
            return null;
        }
    }

    /// <summary>A token for lists ordered newest first by (timestamp, id): the last item's pair.</summary>
    public static string EncodeTimeAndId(DateTimeOffset at, Guid id) => Encode($"{at.UtcTicks}|{id}");

    /// <summary>The (timestamp, id) inside a token made by <see cref="EncodeTimeAndId"/>; null for an empty or malformed token (recorded on page_token).</summary>
    public static (DateTimeOffset At, Guid Id)? DecodeTimeAndId(string? token, RequestValidator validator)
    {
        var key = Decode(token, validator);
        if (key is null) return null;
        var parts = key.Split('|');
        if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTimeOffset.MaxValue.UtcTicks && Guid.TryParse(parts[1], out var id))
            return (new DateTimeOffset(ticks, TimeSpan.Zero), id);
        validator.Check(false, "page_token", "is not a token this API returned");
        return null;
    }
}
