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
/// Applies integration events the way the projecting consumer does (without the bus): in a scope acting
/// for the event's org, through <see cref="ProjectionPipeline"/> — the event log, every projector, every listener.
/// </summary>
public sealed class ProjectionDriver(ServiceFactory<Program> service)
{
    private static readonly System.Reflection.MethodInfo Append = typeof(ProjectionPipeline).GetMethod(nameof(ProjectionPipeline.AppendAsync))!;
    private static readonly System.Reflection.MethodInfo Apply = typeof(ProjectionPipeline).GetMethod(nameof(ProjectionPipeline.ApplyAsync))!;

    /// <summary>
    /// Logs the event (unless replaying, as the replay command does not log again) and applies it through
    /// the consumer's own <see cref="ProjectionPipeline"/>, in one committed transaction: a later replay
    /// of the event log rebuilds what this applied.
    /// </summary>
    public async Task ApplyAsync(IOrgEvent e, bool replay = false)
    {
        await using var scope = service.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<TenantContext>().Set(e.OrgId);
        var db = sp.GetRequiredService<ReportingDbContext>();
        var pipeline = sp.GetRequiredService<ProjectionPipeline>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (!replay) await (Task)Append.MakeGenericMethod(e.GetType()).Invoke(pipeline, [e, Guid.NewGuid(), CancellationToken.None])!;
        await (Task)Apply.MakeGenericMethod(e.GetType()).Invoke(pipeline, [e, replay, CancellationToken.None])!;
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
