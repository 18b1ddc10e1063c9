namespace Crewline.Ownership.Features.Plan;

/// <summary>The plan area's registrations (one line in OwnershipFeatures).</summary>
public static class PlanRegistration
{
    public static IServiceCollection AddPlanFeatures(this IServiceCollection services)
    {
        services.AddScoped<PlanStore>();
        services.AddScoped<PlanHandlers>();
        services.AddScoped<PlanMilestones>();
        services.AddScoped<Kickoff.IPlanMilestones>(sp => sp.GetRequiredService<PlanMilestones>());
        return services;
    }
}
