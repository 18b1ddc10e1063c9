using Crewline.Ownership.Features.Access;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crewline.Ownership.Features.Plan;

/// <summary>The plan area's registrations (one line in OwnershipFeatures).</summary>
public static class PlanRegistration
{
    public static IServiceCollection AddPlanFeatures(this IServiceCollection services)
    {
        services.TryAddScoped<IProjectAccess, UnwiredProjectAccess>();
        services.AddScoped<PlanStore>();
        services.AddScoped<PlanHandlers>();
        services.AddScoped<PlanMilestones>();
        return services;
    }
}
