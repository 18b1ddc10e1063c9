using System.Collections.Concurrent;
using System.Reflection;
using Google.Protobuf.Reflection;

namespace Crewline.Contracts;

/// <summary>
/// The one spelling of enum values outside a service: the proto enum value name, e.g.
/// <c>PROJECT_ROLE_PRODUCER</c> or <c>PROJECT_TYPE_FILM</c>. Integration events carry enum
/// values as these strings (never domain names such as <c>Producer</c>, never numbers), and
/// consumers read them back with <see cref="TryParse{TEnum}"/>. See docs/CONTRACTS.md,
/// "Enum values in events".
/// </summary>
public static class ProtoEnums
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> ByName = new();

    /// <summary>The proto name of a generated enum value, e.g. <c>PROJECT_ROLE_PRODUCER</c>.</summary>
    /// <exception cref="ArgumentException">The type is not generated from a proto, or the value is not one of its values.</exception>
    public static string NameOf<TEnum>(TEnum value) where TEnum : struct, Enum =>
        typeof(TEnum).GetField(value.ToString())?.GetCustomAttribute<OriginalNameAttribute>()?.Name
        ?? throw new ArgumentException($"{value} is not a value of a proto enum.", nameof(value));

    /// <summary>The proto names of several values, in order.</summary>
    public static IReadOnlyList<string> NamesOf<TEnum>(IEnumerable<TEnum> values) where TEnum : struct, Enum =>
        values.Select(NameOf).ToArray();

    /// <summary>
    /// The value a proto name stands for; false for an unknown name and for the
    /// <c>*_UNSPECIFIED</c> value (never a fact an event reports).
    /// </summary>
    public static bool TryParse<TEnum>(string? name, out TEnum value) where TEnum : struct, Enum
    {
        var names = ByName.GetOrAdd(typeof(TEnum), static type => type
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.GetCustomAttribute<OriginalNameAttribute>() is not null)
            .ToDictionary(f => f.GetCustomAttribute<OriginalNameAttribute>()!.Name, f => f.GetValue(null)!, StringComparer.Ordinal));
        if (name is not null && names.TryGetValue(name, out var found) && Convert.ToInt32(found) != 0)
        {
            value = (TEnum)found;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>
    /// The error a mapping switch throws for a value it has no counterpart for (an unspecified or
    /// unknown proto value, or a domain value added without its proto value).
    /// </summary>
    public static ArgumentOutOfRangeException Unmapped<TEnum>(TEnum value) where TEnum : struct, Enum =>
        new(nameof(value), value, $"{typeof(TEnum).Name} value {value} has no counterpart.");
}
