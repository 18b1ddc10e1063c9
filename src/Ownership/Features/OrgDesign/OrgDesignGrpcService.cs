using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Ownership.V1;
using Grpc.Core;

namespace Crewline.Ownership.Features.OrgDesign;

/// <summary>The gRPC (and REST) face of the org-design advisor.</summary>
public sealed class OrgDesignGrpcService(StaffingAdviceHandler handler) : OrgDesignService.OrgDesignServiceBase
{
    public override Task<StaffingAdvice> AdviseStaffing(AdviseStaffingRequest request, ServerCallContext context)
    {
        context.Caller();
        return handler.FromInputsAsync(request, context.CancellationToken);
    }

    public override Task<StaffingAdvice> AdviseStaffingFromPortfolio(AdviseStaffingFromPortfolioRequest request, ServerCallContext context)
    {
        context.Caller();
        return handler.FromPortfolioAsync(request, context.CancellationToken);
    }
}
