namespace Crewline.Reporting.Projections;

/// <summary>
/// Runs after every projector of one event, in the same transaction (live and during a replay;
/// check <see cref="ProjectionContext.IsReplay"/>): e.g. enqueues FindingOpened/FindingClosed in
/// the outbox, or notifies the live-update channel (PostgreSQL NOTIFY is delivered on commit).
/// </summary>
public interface IProjectionListener
{
    Task OnAppliedAsync(ProjectionContext context, CancellationToken cancellationToken);
}
