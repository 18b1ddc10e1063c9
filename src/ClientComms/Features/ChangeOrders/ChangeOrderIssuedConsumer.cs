using Crewline.BuildingBlocks.Messaging;
using Crewline.BuildingBlocks.ProjectRegistry;
using Crewline.ClientComms.Features.Messages;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts.Events.ScopeChanges;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crewline.ClientComms.Features.ChangeOrders;

/// <summary>
/// Sends an issued change order through the project's SPOC (see <see cref="ChangeOrderDispatch"/>).
/// A project that has no SPOC yet keeps it as a held change order, sent when the SPOC is named
/// (<see cref="Spocs.NameSpocHandler"/>); a project not known yet is delivered again later.
/// </summary>
public sealed class ChangeOrderIssuedConsumer(
    ClientCommsDbContext db,
    ChangeOrderDispatch dispatch,
    SpocSending sending,
    ILogger<ChangeOrderIssuedConsumer> logger) : IConsumer<ChangeOrderIssued>
{
    public async Task Consume(ConsumeContext<ChangeOrderIssued> context)
    {
        var e = context.Message;
        var spoc = await db.Spocs.AsNoTracking().SingleOrDefaultAsync(s => s.ProjectId == e.ProjectId, context.CancellationToken);
        if (spoc is null)
        {
            if (!await db.Set<KnownProject>().AnyAsync(p => p.ProjectId == e.ProjectId, context.CancellationToken))
                throw new NotKnownYetException("Project", e.ProjectId, e.OrgId);
            await dispatch.HoldAsync(e, context.CancellationToken);
            await db.SaveChangesAsync(context.CancellationToken);
            logger.LogInformation("Change order {ChangeOrderId} (version {Version}) of project {ProjectId} is held until the project's SPOC is named.",
                e.ChangeOrderId, e.Version, e.ProjectId);
            return;
        }
        await dispatch.StageAsync(e, spoc, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        sending.Committed();
    }
}
