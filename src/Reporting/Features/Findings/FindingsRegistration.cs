using Crewline.BuildingBlocks.Hosting;
using Crewline.Reporting.Features.Findings.Live;
using Crewline.Reporting.Projections;

namespace Crewline.Reporting.Features.Findings;

/// <summary>Everything of the failure-mode findings (R-FAIL-1..4) and the live channel, for Program.cs.</summary>
public static class FindingsRegistration
{
    /// <summary>The detectors (every <see cref="IProjector{TEvent}"/> of this folder), the listeners, the queries and the live hub.</summary>
    public static WebApplicationBuilder AddFindings(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        foreach (var type in typeof(FindingsRegistration).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && t.Namespace?.StartsWith(typeof(FindingsRegistration).Namespace!, StringComparison.Ordinal) == true))
        {
            foreach (var projector in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IProjector<>)))
                services.AddScoped(projector, type);
        }
        services.AddScoped<IProjectionListener, FindingEventsPublisher>();
        services.AddScoped<IProjectionListener, LiveUpdateNotifier>();
        services.AddScoped<FindingsQueries>();
        services.AddScoped<IReplayableStore, FindingsStoreReset>();
        services.AddSingleton<LiveUpdateHub>();
        services.AddHostedService<LiveNotificationListener>();
        return builder;
    }

    /// <summary>Maps FindingsService and LiveUpdatesService (token required).</summary>
    public static WebApplication MapFindings(this WebApplication app)
    {
        app.MapCrewlineGrpc<FindingsGrpcService>();
        app.MapCrewlineGrpc<LiveUpdatesGrpcService>();
        return app;
    }
}
