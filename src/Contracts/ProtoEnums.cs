using System.Reflection;
using Google.Protobuf.Reflection;

namespace Crewline.Contracts;

/// <summary>The names the API and events use for proto enum values (e.g. <c>PROJECT_TYPE_FILM</c>).</summary>
public static class ProtoEnums
{
    /// <summary>The proto name of a generated enum value; the C# name for an enum not generated from a proto.</summary>
    public static string NameOf<TEnum>(TEnum value) where TEnum : struct, Enum =>
        typeof(TEnum).GetField(value.ToString())?.GetCustomAttribute<OriginalNameAttribute>()?.Name ?? value.ToString();
}
