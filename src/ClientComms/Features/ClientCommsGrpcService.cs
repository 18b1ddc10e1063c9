using Crewline.BuildingBlocks.Tenancy;
using Crewline.ClientComms.Features.ChangeOrders;
using Crewline.ClientComms.Features.Contacts;
using Crewline.ClientComms.Features.Messages;
using Crewline.ClientComms.Features.Spocs;
using Crewline.ClientComms.Features.Status;
using Crewline.Contracts.ClientComms.V1;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.ClientComms.Features;

/// <summary>The gRPC (and, by transcoding, REST) face of the client communications service; each RPC is one handler.</summary>
public sealed class ClientCommsGrpcService(IServiceProvider services) : ClientCommsService.ClientCommsServiceBase
{
    public override Task<Spoc> NameSpoc(NameSpocRequest request, ServerCallContext context) =>
        services.GetRequiredService<NameSpocHandler>().HandleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Spoc> GetSpoc(GetSpocRequest request, ServerCallContext context) =>
        services.GetRequiredService<GetSpocHandler>().HandleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ClientContact> AddContact(AddContactRequest request, ServerCallContext context) =>
        services.GetRequiredService<AddContactHandler>().HandleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ListContactsResponse> ListContacts(ListContactsRequest request, ServerCallContext context) =>
        services.GetRequiredService<ListContactsHandler>().HandleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ClientMessage> DraftMessage(DraftMessageRequest request, ServerCallContext context) =>
        services.GetRequiredService<DraftMessageHandler>().HandleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<SendMessageResponse> SendMessage(SendMessageRequest request, ServerCallContext context) =>
        services.GetRequiredService<SendMessageHandler>().HandleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Briefing> BriefOtherRole(BriefOtherRoleRequest request, ServerCallContext context) =>
        services.GetRequiredService<BriefOtherRoleHandler>().HandleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Delivery> RetryDelivery(RetryDeliveryRequest request, ServerCallContext context) =>
        services.GetRequiredService<RetryDeliveryHandler>().HandleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ClientMessage> ComposeStatus(ComposeStatusRequest request, ServerCallContext context) =>
        services.GetRequiredService<ComposeStatusHandler>().HandleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ClientMessage> RecordClientResponse(RecordClientResponseRequest request, ServerCallContext context) =>
        services.GetRequiredService<RecordClientResponseHandler>().HandleAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ListConversationResponse> ListConversation(ListConversationRequest request, ServerCallContext context) =>
        services.GetRequiredService<ListConversationHandler>().HandleAsync(request, context.Caller(), context.CancellationToken);
}
