using Crewline.ClientComms.Features.ChangeOrders;
using Crewline.ClientComms.Features.Contacts;
using Crewline.ClientComms.Features.Sending;
using Crewline.ClientComms.Features.Inbound;
using Crewline.ClientComms.Features.Messages;
using Crewline.ClientComms.Features.Spocs;
using Crewline.ClientComms.Features.Status;
using Crewline.ClientComms.Infrastructure.Mail;
using Grpc.AspNetCore.Server;
using MassTransit;

namespace Crewline.ClientComms.Features;

/// <summary>Everything the client comms service registers besides the common service host.</summary>
public static class ClientCommsRegistration
{
    /// <summary>Attachments (10 × 5 MiB) plus the message itself fit in one gRPC request.</summary>
    public const int MaxRequestBytes = 64 * 1024 * 1024;

    public static void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ProjectStartedConsumer>();
        bus.AddConsumer<ChangeOrderIssuedConsumer>();
        bus.AddConsumer<PlanReplicaConsumer>();
    }

    public static WebApplicationBuilder AddClientComms(this WebApplicationBuilder builder)
    {
        var mail = builder.Configuration.GetSection(MailOptions.SectionName).Get<MailOptions>() ?? new MailOptions();
        mail.Validate();
        builder.Services.AddSingleton(mail);
        builder.Services.AddSingleton(builder.Configuration.GetSection(InboundMailOptions.SectionName).Get<InboundMailOptions>() ?? new InboundMailOptions());
        builder.Services.AddSingleton(builder.Configuration.GetSection(StatusOptions.SectionName).Get<StatusOptions>() ?? new StatusOptions());
        builder.Services.Configure<GrpcServiceOptions>(o => o.MaxReceiveMessageSize = MaxRequestBytes);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBytes);

        builder.Services.AddSingleton<DeliverySignal>();
        builder.Services.AddSingleton<SmtpRelay>();
        builder.Services.AddSingleton<MimeComposer>();
        builder.Services.AddHostedService<DeliverySender>();

        builder.Services.AddScoped<SpocSending>();
        builder.Services.AddScoped<ChangeOrderDispatch>();
        builder.Services.AddScoped<SpocAnnouncement>();
        builder.Services.AddScoped<NameSpocHandler>();
        builder.Services.AddScoped<GetSpocHandler>();
        builder.Services.AddScoped<AddContactHandler>();
        builder.Services.AddScoped<ListContactsHandler>();
        builder.Services.AddScoped<DraftMessageHandler>();
        builder.Services.AddScoped<SendMessageHandler>();
        builder.Services.AddScoped<BriefOtherRoleHandler>();
        builder.Services.AddScoped<RetryDeliveryHandler>();
        builder.Services.AddScoped<ComposeStatusHandler>();
        builder.Services.AddScoped<RecordClientResponseHandler>();
        builder.Services.AddScoped<ListConversationHandler>();
        return builder;
    }
}
