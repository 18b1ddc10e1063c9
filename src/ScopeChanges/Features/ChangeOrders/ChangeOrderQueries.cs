using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.ScopeChanges.Domain;
using Crewline.ScopeChanges.Infrastructure;
using Crewline.ServiceDefaults.Auth;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.ScopeChanges.Features.ChangeOrders;

/// <summary>The written change orders (R-SCOPE-4), by change request and version, for the project's members.</summary>
public sealed class ChangeOrderQueries(ScopeChangesDbContext db)
{
    public static (Guid Id, int Version) Validate(string? changeRequestId, int version)
    {
        var validator = new RequestValidator();
        var id = validator.Uuid(changeRequestId, "change_request_id");
        validator.Check(version >= 1, "version", "must be 1 or more").ThrowIfInvalid();
        return (id, version);
    }

    public async Task<ChangeOrder> FindAsync(Guid changeRequestId, int version, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var order = await db.ChangeOrders.AsNoTracking()
                        .SingleOrDefaultAsync(o => o.ChangeRequestId == changeRequestId && o.Version == version, cancellationToken)
                    ?? throw new NotFoundException("ChangeOrder", $"{changeRequestId} version {version}");
        await db.RequireMemberAsync(order.ProjectId, caller, cancellationToken);
        return order;
    }

    public async Task<Proto.ChangeOrder> GetAsync(Proto.GetChangeOrderRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var (id, version) = Validate(request.ChangeRequestId, request.Version);
        var order = await FindAsync(id, version, caller, cancellationToken);
        return new Proto.ChangeOrder
        {
            ChangeOrderId = order.Id.ToString(),
            ChangeRequestId = order.ChangeRequestId.ToString(),
            Version = order.Version,
            Subject = order.Subject,
            Markdown = order.Markdown,
            Html = order.Html,
            IssuedAt = Timestamp.FromDateTimeOffset(order.IssuedAt),
        };
    }
}
