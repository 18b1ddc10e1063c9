using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Events;
using Crewline.Reporting.Domain.Findings;
using Crewline.Reporting.Infrastructure;
using Crewline.Reporting.Projections;
using Crewline.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Reporting.Tests.Findings;

/// <summary>
/// Applies integration events to the service's projectors the way the projecting consumer does: in a
/// scope acting for the event's org, every <see cref="IProjector{TEvent}"/> of the event's type and then
/// every <see cref="IProjectionListener"/>, in one transaction, committed.
/// </summary>
public sealed class ProjectionDriver(ServiceFactory<Program> service)
{
    public async Task ApplyAsync(IOrgEvent e, bool replay = false)
    {
        await using var scope = service.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<TenantContext>().Set(e.OrgId);
        var db = sp.GetRequiredService<ReportingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var context = new ProjectionContext(db, replay);
        var projectorType = typeof(IProjector<>).MakeGenericType(e.GetType());
        var apply = projectorType.GetMethod(nameof(IProjector<object>.ApplyAsync))!;
        foreach (var projector in sp.GetServices(projectorType))
            await (Task)apply.Invoke(projector, [e, context, CancellationToken.None])!;
        foreach (var listener in sp.GetServices<IProjectionListener>())
            await listener.OnAppliedAsync(context, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        sp.GetRequiredService<EventOutbox>().NotifyCommitted();
    }

    public async Task ApplyAllAsync(params IOrgEvent[] events)
    {
        foreach (var e in events) await ApplyAsync(e);
    }

    /// <summary>Every finding of a project, open and closed, oldest first.</summary>
    public Task<List<ReportedFinding>> FindingsOfAsync(Guid org, Guid projectId) => service.InScopeAsync(org, sp =>
        sp.GetRequiredService<ReportingDbContext>().Findings.AsNoTracking().Where(f => f.ProjectId == projectId)
            .OrderBy(f => f.OpenedAt).ThenBy(f => f.FindingId).ToListAsync());

    /// <summary>The outbox messages of one event type (e.g. FindingOpened) that carry a finding id.</summary>
    public Task<int> OutboxCountAsync(string eventTypeName, Guid findingId) => service.InScopeAsync(null, async sp =>
        (await sp.GetRequiredService<ReportingDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.MessageType.Contains("." + eventTypeName + ",")).Select(m => m.Payload).ToListAsync())
        .Count(payload => payload.Contains(findingId.ToString(), StringComparison.Ordinal)));
}
