using Crewline.BuildingBlocks.ProjectRegistry;
using Crewline.BuildingBlocks.Messaging;
using Crewline.ClientComms.Domain;
using Crewline.ClientComms.Features.Messages;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts.Events.Ownership;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Crewline.ClientComms.Features.Spocs;

/// <summary>
/// A project left kickoff (Ownership's ProjectStarted; the SPOC being named is one of its conditions):
/// records it and announces the SPOC to the client's contacts (R-COMM-1). Redeliveries are dropped by
/// the inbox; a project not known here yet is delivered again later.
/// </summary>
public sealed class ProjectStartedConsumer(ClientCommsDbContext db, SpocAnnouncement announcement, SpocSending sending) : IConsumer<ProjectStarted>
{
    public async Task Consume(ConsumeContext<ProjectStarted> context)
    {
        var e = context.Message;
        var project = await db.Set<KnownProject>().AsNoTracking().SingleOrDefaultAsync(p => p.ProjectId == e.ProjectId, context.CancellationToken)
                      ?? throw new NotKnownYetException("Project", e.ProjectId, e.OrgId);
        if (await db.Kickoffs.AnyAsync(k => k.ProjectId == e.ProjectId, context.CancellationToken)) return;
        db.Kickoffs.Add(ProjectKickoff.Started(e.OrgId, e.ProjectId, e.StartedAt));
        var spoc = await db.Spocs.AsNoTracking().SingleOrDefaultAsync(s => s.ProjectId == e.ProjectId, context.CancellationToken);
        if (spoc is not null) await announcement.StageAsync(project, spoc, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        sending.Committed();
    }
}
