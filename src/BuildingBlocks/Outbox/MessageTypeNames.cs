using System.Collections.Concurrent;

namespace Crewline.BuildingBlocks.Outbox;

/// <summary>Stable names for event types as stored in the outbox ("Full.Type.Name, Assembly").</summary>
public static class MessageTypeNames
{
    private static readonly ConcurrentDictionary<string, Type> Resolved = new();

    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type Resolve(string name) =>
        Resolved.GetOrAdd(name, n => Type.GetType(n, throwOnError: true)!);
}
