using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.ClientComms.Infrastructure;
using Crewline.ClientComms.Infrastructure.Mail;
using Crewline.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Messages;

/// <summary>Queues a failed delivery again with a fresh set of attempts; the project's PM or producer.</summary>
public sealed class RetryDeliveryHandler(ClientCommsDbContext db, DeliverySignal signal, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Roles = [MembershipNames.ProjectManager, MembershipNames.Producer];

    public async Task<Proto.Delivery> HandleAsync(Proto.RetryDeliveryRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var deliveryId = validator.Uuid(request.DeliveryId, "delivery_id");
        validator.ThrowIfInvalid();
        await db.RequireRoleAsync(projectId, caller, Roles, cancellationToken);
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == deliveryId && d.ProjectId == projectId, cancellationToken)
                       ?? throw new NotFoundException("Delivery", deliveryId.ToString());
        delivery.Retry(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return delivery.ToProto();
    }
}
