using Crewline.Ownership.Features.Crises;

namespace Crewline.Ownership.Features.Decisions;

/// <summary>Registers the handlers of decision rights, joint escalations and crises.</summary>
public static class DecisionsRegistration
{
    public static IServiceCollection AddDecisionsAndCrises(this IServiceCollection services) => services
        .AddScoped<DecisionLogHandler>()
        .AddScoped<JointEscalationHandler>()
        .AddScoped<CrisisHandler>();
}
