using Crewline.Reporting.Features.Portfolio.Projection;
using Crewline.Reporting.Projections;

namespace Crewline.Reporting.Features.Portfolio;

public static class PortfolioRegistration
{
    private static readonly Type[] Projectors =
    [
        typeof(ProjectProjector), typeof(PlanProjector), typeof(MatrixProjector), typeof(ScopeChangeProjector),
        typeof(DecisionProjector), typeof(InvoiceProjector), typeof(ConversationProjector), typeof(OrgDesign.OrgProfileProjector),
    ];

    /// <summary>The projection pipeline, the portfolio's projectors and store, and its queries.</summary>
    public static IServiceCollection AddPortfolioProjections(this IServiceCollection services)
    {
        services.AddScoped<ProjectionPipeline>();
        services.AddScoped<IReplayableStore, PortfolioStore>();
        foreach (var projector in Projectors)
        foreach (var contract in projector.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IProjector<>)))
            services.AddScoped(contract, projector);
        services.AddScoped<PortfolioQueries>();
        services.AddScoped<PortfolioLogQueries>();
        services.AddScoped<Exports.ReportExports>();
        services.AddScoped<OrgDesign.OrgDesignQueries>();
        return services;
    }
}
