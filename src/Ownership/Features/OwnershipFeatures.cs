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
    }

    public static IServiceCollection AddOwnershipFeatures(this IServiceCollection services)
    {
        services.AddScoped<CreateProjectHandler>();
        services.AddScoped<GetProjectHandler>();
        // feature registrations: one line per area below
        services.AddScoped<Access.ProjectAccess>().AddScoped<Access.IProjectAccess>(sp => sp.GetRequiredService<Access.ProjectAccess>()).AddScoped<ProjectEventPublisher>().AddScoped<Kickoff.IPlanMilestones, Kickoff.PersistedPlanMilestones>();
        return services;
    }

    public static WebApplication MapOwnershipFeatures(this WebApplication app)
    {
        app.MapCrewlineService<OwnershipGrpcService>();
        // gRPC services of the areas: one line per area below (app.MapCrewlineGrpc<TService>())
        app.MapCrewlineGrpc<Orgs.OrgGrpcService>();
        app.MapCrewlineGrpc<ProjectGrpcService>();
        return app;
    }
}
