using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Ownership.V1;
using Grpc.Core;

namespace Crewline.Ownership.Features.Plan;

/// <summary>The shared plan over gRPC (and REST by transcoding).</summary>
public sealed class PlanGrpcService(PlanHandlers handlers) : PlanService.PlanServiceBase
{
    public override Task<SharedPlan> GetPlan(GetPlanRequest request, ServerCallContext context) =>
        handlers.GetAsync(request, context.Caller(), context.CancellationToken);

    public override Task<PlanItem> AddPlanItem(AddPlanItemRequest request, ServerCallContext context) =>
        handlers.AddItemAsync(request, context.Caller(), context.CancellationToken);

    public override Task<PlanItem> AddPlanDependency(AddPlanDependencyRequest request, ServerCallContext context) =>
        handlers.AddDependencyAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ScheduleImpact> ReschedulePlanItem(ReschedulePlanItemRequest request, ServerCallContext context) =>
        handlers.RescheduleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<PlanItem> ChangePlanItemStatus(ChangePlanItemStatusRequest request, ServerCallContext context) =>
        handlers.ChangeStatusAsync(request, context.Caller(), context.CancellationToken);
}
