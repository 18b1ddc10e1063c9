using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crewline.ScopeChanges.Infrastructure;

/// <summary>
/// Value objects of the change request kept in <c>jsonb</c> columns of its one row (so the whole aggregate
/// has one optimistic-concurrency version). The domain never changes one in place: it replaces the property
/// with a new immutable value (records and read-only lists). So change detection compares references and
/// the snapshot is the value itself, rather than serializing every column on each load and each save.
/// </summary>
internal static class JsonColumns
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) =>
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, Json),
            json => JsonSerializer.Deserialize<T>(json, Json)!,
            new ValueComparer<T>(
                (a, b) => ReferenceEquals(a, b),
                v => RuntimeHelpers.GetHashCode(v),
                v => v));
}
