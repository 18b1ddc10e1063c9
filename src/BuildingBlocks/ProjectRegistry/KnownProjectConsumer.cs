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
    public Task Consume(ConsumeContext<ProjectCreated> context)
    {
        var e = context.Message;
        // One statement, no read first: a redelivery refreshes the row.
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO known_projects (project_id, org_id, name, project_type)
            VALUES ({e.ProjectId}, {e.OrgId}, {e.Name}, {e.ProjectType})
            ON CONFLICT (project_id) DO UPDATE SET name = excluded.name, project_type = excluded.project_type
            """, context.CancellationToken);
    }
}
