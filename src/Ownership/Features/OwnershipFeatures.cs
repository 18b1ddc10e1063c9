using Crewline.BuildingBlocks.Hosting;
using MassTransit;
using Crewline.Ownership.Features.Projects;

namespace Crewline.Ownership.Features;

/// <summary>
/// Every feature area of the ownership service registers its handlers and maps its gRPC
/// service here, one line each, so Program.cs stays short.
/// </summary>
public static class OwnershipFeatures
{
    /// <summary>The consumers of other services' events: one line per area below.</summary>
    public static void AddOwnershipConsumers(IBusRegistrationConfigurator bus)
    {
        // consumer registrations: one line per area below (bus.AddConsumer<TConsumer>())
        bus.AddConsumer<Kickoff.SpocNamedConsumer>();
        bus.AddConsumer<Plan.ScopeChangeAcceptedConsumer>();
        bus.AddConsumer<ScopeChanges.ScopeChangeApprovedConsumer>();
        bus.AddConsumer<ScopeChanges.ScopeChangeDeclinedConsumer>();
    }

    public static IServiceCollection AddOwnershipFeatures(this IServiceCollection services)
    {
        services.AddScoped<CreateProjectHandler>();
        services.AddScoped<GetProjectHandler>();
        services.AddScoped<ListProjectsHandler>();
        // feature registrations: one line per area below
        services.AddScoped<Access.ProjectAccess>();
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(Access.ProjectReadCacheOptions.SectionName)
            .Get<Access.ProjectReadCacheOptions>() ?? new Access.ProjectReadCacheOptions());
        services.AddSingleton<Access.ProjectReadCache>();
        services.AddScoped<Access.OrgAccess>();
        services.AddScoped<ProjectEventPublisher>();
        services.AddScoped<OrgDesign.StaffingAdviceHandler>();
        Decisions.DecisionsRegistration.AddDecisionsAndCrises(services);
        Plan.PlanRegistration.AddPlanFeatures(services);
        Ledger.LedgerRegistration.AddLedgerFeatures(services);
        return services;
    }

    public static WebApplication MapOwnershipFeatures(this WebApplication app)
    {
        app.MapCrewlineService<OwnershipGrpcService>();
        // gRPC services of the areas: one line per area below (app.MapCrewlineGrpc<TService>())
        app.MapCrewlineGrpc<Orgs.OrgGrpcService>();
        app.MapCrewlineGrpc<ProjectGrpcService>();
        app.MapCrewlineGrpc<OrgDesign.OrgDesignGrpcService>();
        app.MapCrewlineGrpc<Decisions.DecisionGrpcService>();
        app.MapCrewlineGrpc<Crises.CrisisGrpcService>();
        app.MapCrewlineGrpc<Plan.PlanGrpcService>();
        app.MapCrewlineGrpc<Ledger.LedgerGrpcService>();
        return app;
    }
}
