using Crewline.BuildingBlocks.Persistence;
using Crewline.Contracts.Events.Ownership;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Crewline.BuildingBlocks.ProjectRegistry;

/// <summary>
/// Registers a created project in the consuming service's <see cref="KnownProject"/> table.
/// It works on whichever <see cref="ServiceDbContext"/> the service registered (the same
/// instance as the service's own context, so the inbox transaction covers it); a service adds it
/// with <c>bus.AddConsumer&lt;KnownProjectConsumer&gt;()</c>, and its queue is named
/// <c>&lt;service&gt;-known-project</c>. A duplicate delivery updates the row instead of adding a second.
/// </summary>
public sealed class KnownProjectConsumer(ServiceDbContext db) : IConsumer<ProjectCreated>
{
    public async Task Consume(ConsumeContext<ProjectCreated> context)
    {
        var e = context.Message;
        var known = await db.Set<KnownProject>().SingleOrDefaultAsync(p => p.ProjectId == e.ProjectId, context.CancellationToken);
        if (known is null)
            db.Set<KnownProject>().Add(KnownProject.Register(e.ProjectId, e.OrgId, e.Name, e.ProjectType));
        else
            known.Refresh(e.Name, e.ProjectType);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
