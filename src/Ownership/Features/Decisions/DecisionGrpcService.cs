using Crewline.BuildingBlocks.Tenancy;
using Grpc.Core;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Decisions;

/// <summary>The gRPC (and, by transcoding, REST) face of decision rights, the decision log and joint escalations.</summary>
public sealed class DecisionGrpcService(DecisionLogHandler log, JointEscalationHandler escalations) : Proto.DecisionService.DecisionServiceBase
{
    public override Task<Proto.DecisionRoute> WhoDecides(Proto.WhoDecidesRequest request, ServerCallContext context) =>
        log.WhoDecidesAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Proto.Decision> RecordDecision(Proto.RecordDecisionRequest request, ServerCallContext context) =>
        log.RecordAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Proto.ListDecisionsResponse> ListDecisions(Proto.ListDecisionsRequest request, ServerCallContext context) =>
        log.ListAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Proto.ExportDecisionsResponse> ExportDecisions(Proto.ExportDecisionsRequest request, ServerCallContext context) =>
        log.ExportAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Proto.GetHierarchyFindingsResponse> GetHierarchyFindings(Proto.GetHierarchyFindingsRequest request, ServerCallContext context) =>
        log.HierarchyFindingsAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Proto.JointEscalation> RaiseJointEscalation(Proto.RaiseJointEscalationRequest request, ServerCallContext context) =>
        escalations.RaiseAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Proto.JointEscalation> ResolveJointEscalation(Proto.ResolveJointEscalationRequest request, ServerCallContext context) =>
        escalations.ResolveAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Proto.ListJointEscalationsResponse> ListJointEscalations(Proto.ListJointEscalationsRequest request, ServerCallContext context) =>
        escalations.ListAsync(request, context.Caller(), context.CancellationToken);
}
