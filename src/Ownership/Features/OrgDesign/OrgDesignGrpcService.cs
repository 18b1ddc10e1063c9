using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Ownership.V1;
using Grpc.Core;

namespace Crewline.Ownership.Features.OrgDesign;

/// <summary>
/// The gRPC (and REST) face of the org-design advisor: any person of the caller's org asks for
/// advice; a token subject that is no person of the org is <c>PermissionDenied</c>.
/// </summary>
public sealed class OrgDesignGrpcService(StaffingAdviceHandler handler) : OrgDesignService.OrgDesignServiceBase
{
    public override Task<StaffingAdvice> AdviseStaffing(AdviseStaffingRequest request, ServerCallContext context) =>
        handler.FromInputsAsync(request, context.Caller(), context.CancellationToken);

    public override Task<StaffingAdvice> AdviseStaffingFromPortfolio(AdviseStaffingFromPortfolioRequest request, ServerCallContext context) =>
        handler.FromPortfolioAsync(request, context.Caller(), context.CancellationToken);
}
