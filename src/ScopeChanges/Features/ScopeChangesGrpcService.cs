using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.ScopeChanges.V1;
using Crewline.ScopeChanges.Features.Assessments;
using Crewline.ScopeChanges.Features.ChangeOrders;
using Crewline.ScopeChanges.Features.ChangeRequests;
using Crewline.ScopeChanges.Features.SignOffs;
using Grpc.Core;

namespace Crewline.ScopeChanges.Features;

/// <summary>The gRPC (and, by transcoding, REST) face of the scope changes service.</summary>
public sealed class ScopeChangesGrpcService(
    SubmitChangeRequestHandler submit,
    ChangeRequestQueries queries,
    AssessmentHandlers assessments,
    SignOffHandlers signOffs,
    ChangeOrderQueries changeOrders)
    : ScopeChangeService.ScopeChangeServiceBase
{
    public override Task<ChangeRequest> SubmitChangeRequest(SubmitChangeRequestRequest request, ServerCallContext context) =>
        submit.HandleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ChangeRequest> GetChangeRequest(GetChangeRequestRequest request, ServerCallContext context) =>
        queries.GetAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ListChangeRequestsResponse> ListChangeRequests(ListChangeRequestsRequest request, ServerCallContext context) =>
        queries.ListAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ListChangeRequestsResponse> ListOpenChangeRequests(ListOpenChangeRequestsRequest request, ServerCallContext context) =>
        queries.ListOpenAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ChangeRequest> SubmitProductionAssessment(SubmitProductionAssessmentRequest request, ServerCallContext context) =>
        assessments.ProductionAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ChangeRequest> SubmitFlowAssessment(SubmitFlowAssessmentRequest request, ServerCallContext context) =>
        assessments.FlowAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ChangeRequest> SignChangeResponse(SignChangeResponseRequest request, ServerCallContext context) =>
        signOffs.SignAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ChangeRequest> RejectChangeResponse(RejectChangeResponseRequest request, ServerCallContext context) =>
        signOffs.RejectAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ChangeRequest> ReturnForReassessment(ReturnForReassessmentRequest request, ServerCallContext context) =>
        signOffs.ReturnAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ChangeRequest> CancelChangeRequest(CancelChangeRequestRequest request, ServerCallContext context) =>
        signOffs.CancelAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ChangeOrder> GetChangeOrder(GetChangeOrderRequest request, ServerCallContext context) =>
        changeOrders.GetAsync(request, context.Caller(), context.CancellationToken);
}
