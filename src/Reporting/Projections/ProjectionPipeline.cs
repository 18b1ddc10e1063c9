using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Crewline.BuildingBlocks.Outbox;
using Crewline.Contracts.Events;
using Crewline.Reporting.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Reporting.Projections;

/// <summary>
/// One event through Reporting, live or replayed: appended to the event log (once per message id),
/// then every <see cref="IProjector{TEvent}"/> of its type (changes saved after each, so the next
/// one sees them), then every <see cref="IProjectionListener"/>. The caller owns the transaction
/// (the inbox's, live; one per event in a replay).
/// </summary>
public sealed class ProjectionPipeline(ReportingDbContext db, IServiceProvider services)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly ConcurrentDictionary<Type, Func<ProjectionPipeline, object, bool, CancellationToken, Task>> Appliers = new();
    private static readonly MethodInfo ApplyMethod = typeof(ProjectionPipeline).GetMethod(nameof(ApplyAsync))!;

    /// <summary>Logs the event; false when a message of this id is logged already (then nothing should be applied).</summary>
    public async Task<bool> AppendAsync<TEvent>(TEvent e, Guid messageId, CancellationToken cancellationToken) where TEvent : class, IOrgEvent
    {
        var payload = JsonSerializer.Serialize(e, Json);
        var type = MessageTypeNames.NameOf(typeof(TEvent));
        var projectId = ProjectedEvents.ProjectIdOf(e);
        var at = ProjectedEvents.OccurredAtOf(e);
        return await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO event_log (message_id, message_type, org_id, project_id, occurred_at, payload)
            VALUES ({messageId}, {type}, {e.OrgId}, {projectId}, {at}, {payload}::jsonb)
            ON CONFLICT (message_id) DO NOTHING
            """, cancellationToken) == 1;
    }

    /// <summary>Runs the projectors, the project's activity stamp, and the listeners of one event.</summary>
    public async Task ApplyAsync<TEvent>(TEvent e, bool isReplay, CancellationToken cancellationToken) where TEvent : class, IOrgEvent
    {
        var context = new ProjectionContext(db, isReplay);
        foreach (var projector in services.GetServices<IProjector<TEvent>>())
        {
            await projector.ApplyAsync(e, context, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        if (ProjectedEvents.ProjectIdOf(e) is { } projectId)
        {
            await ProjectActivity.StampAsync(db, e.OrgId, projectId, ProjectedEvents.OccurredAtOf(e), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            context.ProjectChanged(projectId);
        }
        foreach (var listener in services.GetServices<IProjectionListener>())
            await listener.OnAppliedAsync(context, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Applies an event read back from the log (its type known by name only).</summary>
    public Task ApplyLoggedAsync(EventLogEntry entry, CancellationToken cancellationToken)
    {
        var type = MessageTypeNames.Resolve(entry.MessageType);
        var e = JsonSerializer.Deserialize(entry.Payload, type, Json)
                ?? throw new InvalidOperationException($"Event log entry {entry.Sequence} holds no event.");
        var apply = Appliers.GetOrAdd(type, t =>
        {
            var method = ApplyMethod.MakeGenericMethod(t);
            return (pipeline, evt, replay, ct) => (Task)method.Invoke(pipeline, [evt, replay, ct])!;
        });
        return apply(this, e, true, cancellationToken);
    }
}
