using Crewline.Ownership.Features.Crises;

namespace Crewline.Ownership.Features.Decisions;

/// <summary>Registers the handlers of decision rights, joint escalations and crises.</summary>
public static class DecisionsRegistration
{
    /// <summary>
    /// The handlers depend on <see cref="Access.IProjectAccess"/>, which the members area registers. They are
    /// registered through factories so the host starts (and DI validation passes) on a branch where that
    /// area is not merged yet; a call then fails with a clear message rather than the whole service.
    /// Once merged, these can be plain <c>AddScoped&lt;T&gt;()</c> registrations.
    /// </summary>
    public static IServiceCollection AddDecisionsAndCrises(this IServiceCollection services) => services
        .AddScoped(sp => ActivatorUtilities.CreateInstance<DecisionLogHandler>(sp))
        .AddScoped(sp => ActivatorUtilities.CreateInstance<JointEscalationHandler>(sp))
        .AddScoped(sp => ActivatorUtilities.CreateInstance<CrisisHandler>(sp));
}
