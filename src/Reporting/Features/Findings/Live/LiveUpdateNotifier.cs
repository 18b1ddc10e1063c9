using Crewline.Reporting.Projections;
using Microsoft.EntityFrameworkCore;

namespace Crewline.Reporting.Features.Findings.Live;

/// <summary>
/// After the projectors of one event, notifies the live-update channel (<c>pg_notify</c>) of every
/// finding opened or closed and every other project whose read model changed. The notification is
/// part of the event's transaction, so PostgreSQL delivers it only on commit (and never for a rolled
/// back one). A replay notifies nobody.
/// </summary>
public sealed class LiveUpdateNotifier : IProjectionListener
{
    public async Task OnAppliedAsync(ProjectionContext context, CancellationToken cancellationToken)
    {
        if (context.IsReplay) return;
        var notifications = context.FindingChanges
            .Select(c => new LiveNotification(c.Finding.OrgId, c.Finding.ProjectId, c.Opened ? LiveChange.FindingOpened : LiveChange.FindingClosed, c.Finding.FindingId))
            .ToList();
        var orgId = context.Db.CurrentOrgId;
        var withFindings = notifications.Select(n => n.ProjectId).ToHashSet();
        if (orgId != Guid.Empty)
            notifications.AddRange(context.ChangedProjects.Where(p => !withFindings.Contains(p))
                .Select(p => new LiveNotification(orgId, p, LiveChange.ProjectChanged, null)));
        foreach (var n in notifications)
        {
            var payload = n.ToPayload();
            await context.Db.Database.ExecuteSqlAsync($"SELECT pg_notify({LiveNotification.Channel}, {payload})", cancellationToken);
        }
    }
}
