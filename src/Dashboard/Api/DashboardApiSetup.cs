using Crewline.Contracts.Reporting.V1;
using Crewline.Dashboard.Auth;
using Crewline.Dashboard.Live;

namespace Crewline.Dashboard.Api;

/// <summary>
/// The gRPC clients to the gateway (found by service discovery, as the gateway finds services:
/// <c>Dashboard:GatewayGrpc</c>, by default <c>http://_grpc.gateway</c>) and the per-circuit services.
/// </summary>
public static class DashboardApiSetup
{
    public static IServiceCollection AddDashboardApi(this IServiceCollection services, IConfiguration configuration)
    {
        var grpc = new Uri(configuration["Dashboard:GatewayGrpc"] ?? "http://_grpc.gateway");
        var http = new Uri(configuration["Dashboard:GatewayHttp"] ?? "http://_http.gateway");
        // gRPC has its own deadlines; the default HTTP resilience (timeouts, retries) would cut the
        // live stream and retry calls that are not idempotent.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked for evaluation
        services.AddGrpcClient<PortfolioService.PortfolioServiceClient>(o => o.Address = grpc).RemoveAllResilienceHandlers();
        services.AddGrpcClient<FindingsService.FindingsServiceClient>(o => o.Address = grpc).RemoveAllResilienceHandlers();
        services.AddGrpcClient<LiveUpdatesService.LiveUpdatesServiceClient>(o => o.Address = grpc).RemoveAllResilienceHandlers();
        services.AddGrpcClient<Crewline.Contracts.Ownership.V1.OrgService.OrgServiceClient>(o => o.Address = grpc).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        services.AddHttpClient<GatewayDevTokens>(c => c.BaseAddress = http);

        services.AddScoped<SignedInUser>();
        services.AddScoped<IReportingApi, ReportingApi>();
        services.AddScoped<LiveUpdates>();
        return services;
    }
}
