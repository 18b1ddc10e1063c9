using Crewline.BuildingBlocks.Hosting;
using Crewline.BuildingBlocks.Membership;
using Crewline.ScopeChanges.Features.Assessments;
using Crewline.ScopeChanges.Features.ChangeOrders;
using Crewline.ScopeChanges.Features.ChangeRequests;
using Crewline.ScopeChanges.Features.ClientAnswers;
using Crewline.ScopeChanges.Features.Deadlines;
using Crewline.ScopeChanges.Features.SignOffs;
using MassTransit;

namespace Crewline.ScopeChanges.Features;

/// <summary>The scope changes service's consumers, handlers, deadline scan and endpoints, so Program.cs stays short.</summary>
public static class ScopeChangesFeatures
{
    public static void AddScopeChangesConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddMembershipReplica();
        bus.AddConsumer<ClientChangeRequestReceivedConsumer>();
        bus.AddConsumer<ClientRespondedToChangeOrderConsumer>();
    }

    public static IServiceCollection AddScopeChangesFeatures(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(DeadlineOptions.SectionName).Get<DeadlineOptions>() ?? new DeadlineOptions());
        services.AddSingleton<ChangeOrderRenderer>();
        services.AddScoped<ChangeOrderWriter>();
        services.AddScoped<ChangeOrderQueries>();
        services.AddScoped<ChangeRequestEventStager>();
        services.AddScoped<ChangeRequestCommands>();
        services.AddScoped<SubmitChangeRequestHandler>();
        services.AddScoped<ChangeRequestQueries>();
        services.AddScoped<AssessmentHandlers>();
        services.AddScoped<SignOffHandlers>();
        services.AddSingleton<DeadlineScanner>();
        services.AddHostedService(sp => sp.GetRequiredService<DeadlineScanner>());
        return services;
    }

    public static WebApplication MapScopeChangesFeatures(this WebApplication app)
    {
        app.MapCrewlineService<ScopeChangesGrpcService>();
        app.MapChangeOrderDownload();
        return app;
    }
}
