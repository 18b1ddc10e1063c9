using System.Collections.Concurrent;
using System.Reflection;
using Crewline.Contracts.Events;

namespace Crewline.BuildingBlocks.Outbox;

/// <summary>
/// The aggregate an event belongs to, as the outbox's ordering key: <c>project/&lt;id&gt;</c> when the
/// event has a <c>Guid ProjectId</c>, else <c>org/&lt;id&gt;</c> for an org's event, else null (no ordering).
/// </summary>
public static class OrderingKeys
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> ProjectIdProperties = new();

    public static string? Of(object @event)
    {
        var projectId = ProjectIdProperties.GetOrAdd(@event.GetType(), static type =>
            type.GetProperty("ProjectId", BindingFlags.Public | BindingFlags.Instance) is { PropertyType: var t } p && t == typeof(Guid) ? p : null);
        if (projectId?.GetValue(@event) is Guid project && project != Guid.Empty) return $"project/{project}";
        return @event is IOrgEvent { OrgId: var org } && org != Guid.Empty ? $"org/{org}" : null;
    }
}
