using System.Collections.Concurrent;
using System.Reflection;
using Crewline.Contracts.Events;

namespace Crewline.Reporting.Projections;

/// <summary>
/// Every integration event type of the suite (each record in <c>Crewline.Contracts.Events</c> that
/// is an <see cref="IOrgEvent"/>): Reporting logs and projects all of them, so a new event is
/// picked up without a registration of its own. Also reads the generic facts every event log row
/// keeps: its project (a <c>ProjectId</c> property) and when it happened (its last
/// <see cref="DateTimeOffset"/> property).
/// </summary>
public static class ProjectedEvents
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo? Project, PropertyInfo? At)> Shapes = new();

    public static IReadOnlyList<Type> All { get; } = typeof(IOrgEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true }
                    && typeof(IOrgEvent).IsAssignableFrom(t)
                    && t.Namespace?.StartsWith("Crewline.Contracts.Events", StringComparison.Ordinal) == true
                    // Reporting's own events (FindingOpened, FindingClosed) are not fed back into it.
                    && t.Namespace != typeof(Contracts.Events.Reporting.FindingOpened).Namespace)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    public static Guid? ProjectIdOf(object e) => Shape(e.GetType()).Project?.GetValue(e) as Guid?;

    public static DateTimeOffset? OccurredAtOf(object e) => Shape(e.GetType()).At?.GetValue(e) as DateTimeOffset?;

    private static (PropertyInfo? Project, PropertyInfo? At) Shape(Type type) => Shapes.GetOrAdd(type, t =>
    {
        var properties = t.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return (properties.FirstOrDefault(p => p.Name == "ProjectId" && p.PropertyType == typeof(Guid)),
                properties.LastOrDefault(p => p.PropertyType == typeof(DateTimeOffset)));
    });
}
