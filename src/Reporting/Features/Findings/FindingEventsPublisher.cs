using Crewline.BuildingBlocks.Outbox;
using Crewline.Contracts.Events.Reporting;
using Crewline.Reporting.Projections;

namespace Crewline.Reporting.Features.Findings;

/// <summary>
/// Publishes every finding the projectors of one event opened or closed as <see cref="FindingOpened"/> /
/// <see cref="FindingClosed"/>, through Reporting's outbox in the same transaction (the dispatcher
/// sends them after commit). A replay publishes nothing: those findings were published when they
/// happened.
/// </summary>
public sealed class FindingEventsPublisher(EventOutbox outbox) : IProjectionListener
{
    public Task OnAppliedAsync(ProjectionContext context, CancellationToken cancellationToken)
    {
        if (context.IsReplay) return Task.CompletedTask;
        foreach (var (f, opened) in context.FindingChanges)
        {
            outbox.Enqueue(opened
                ? new FindingOpened(f.OrgId, f.ProjectId, f.FindingId, f.Kind, f.RuleId, f.Cause, f.SubjectKey, f.FunctionKey, f.Evidence, f.Fix, f.OpenedAt)
                : new FindingClosed(f.OrgId, f.ProjectId, f.FindingId, f.Kind, f.RuleId, f.Cause, f.SubjectKey, f.ClosedAt!.Value));
        }
        return Task.CompletedTask;
    }
}
