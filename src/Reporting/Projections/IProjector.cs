namespace Crewline.Reporting.Projections;

/// <summary>
/// Applies one kind of integration event to Reporting's read models (or to its failure-mode
/// findings). Every projector of an event runs in the same transaction as the inbox record of
/// the message, live and during a replay from the event log, so a projector must be:
/// <list type="bullet">
/// <item>idempotent: applying the same event twice changes nothing the second time;</item>
/// <item>order-tolerant: events of one project may arrive in any order (a status change before
/// the item it changes, a close before the open); the end state is the same;</item>
/// <item>deterministic: it takes times from the event, never from the clock, so a replay builds
/// exactly what live processing built.</item>
/// </list>
/// </summary>
public interface IProjector<in TEvent> where TEvent : class
{
    Task ApplyAsync(TEvent e, ProjectionContext context, CancellationToken cancellationToken);
}
