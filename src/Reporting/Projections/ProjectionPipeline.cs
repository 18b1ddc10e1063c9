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
/// then every <see cref="IProjector{TEvent}"/> of its type and every <see cref="IProjectionListener"/>,
/// saved once. The caller owns the transaction
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

    /// <summary>
    /// Stamps the project's activity, runs the projectors and the listeners of one event, then saves
    /// once: every projector reads rows by key through the unit of work (<c>FindAsync</c>, <c>Local</c>),
    /// so it sees what an earlier projector of the same event changed without a save in between, and
    /// the event's inserts and updates reach PostgreSQL in one batch. (A projector that queries what it
    /// just wrote saves its own changes first, as the detectors do.) The stamp comes first so the
    /// project's row is tracked before the projectors ask for it: one lookup, and the stamp rides in the
    /// same insert or update as the projectors' changes.
    /// </summary>
    public async Task ApplyAsync<TEvent>(TEvent e, bool isReplay, CancellationToken cancellationToken) where TEvent : class, IOrgEvent
    {
        var context = new ProjectionContext(db, isReplay);
        if (ProjectedEvents.ProjectIdOf(e) is { } projectId)
        {
            await ProjectActivity.StampAsync(db, e.OrgId, projectId, ProjectedEvents.OccurredAtOf(e), cancellationToken);
            context.ProjectChanged(projectId);
        }
        foreach (var projector in services.GetServices<IProjector<TEvent>>())
            await projector.ApplyAsync(e, context, cancellationToken);
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
