using System.Collections.Concurrent;
using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Crewline.BuildingBlocks.Hosting;

/// <summary>
/// OpenAPI schema ids by full proto name (e.g. <c>crewline.clientcomms.v1.Spoc</c>,
/// <c>crewline.common.v1.ProjectRole</c>), so two services' messages of the same short name
/// stay two schemas in the gateway's merged document. A type not generated from a proto keeps
/// its C# name.
/// </summary>
public static class ProtoSchemaIds
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<Type, string>> EnumNames = new();

    public static string Of(Type type)
    {
        if (typeof(IMessage).IsAssignableFrom(type)
            && type.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is MessageDescriptor message)
            return message.FullName;
        if (type.IsEnum && EnumNames.GetOrAdd(type.Assembly, ProtoEnumsOf).TryGetValue(type, out var name))
            return name;
        return type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`')]}Of{string.Join("And", type.GetGenericArguments().Select(Of))}"
            : type.Name;
    }

    /// <summary>Every enum of the assembly's proto files (top level and nested in messages), by its CLR type.</summary>
    private static IReadOnlyDictionary<Type, string> ProtoEnumsOf(Assembly assembly)
    {
        var names = new Dictionary<Type, string>();
        var files = assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static))
            .Where(p => p?.PropertyType == typeof(FileDescriptor))
            .Select(p => (FileDescriptor)p!.GetValue(null)!);
        foreach (var file in files)
        {
            foreach (var e in file.EnumTypes) Add(e);
            foreach (var m in file.MessageTypes) AddNested(m);
        }
        return names;

        void AddNested(MessageDescriptor message)
        {
            foreach (var e in message.EnumTypes) Add(e);
            foreach (var nested in message.NestedTypes) AddNested(nested);
        }

        void Add(EnumDescriptor e)
        {
            if (e.ClrType is { } clr) names.TryAdd(clr, e.FullName);
        }
    }
}
