using Crewline.Gateway.DevTokens;
using Crewline.Gateway.Health;
using Crewline.Gateway.OpenApi;
using Crewline.Gateway.Reflection;
using Crewline.Gateway.Routing;
using Crewline.ServiceDefaults;
using Crewline.ServiceDefaults.Http;
using Yarp.ReverseProxy.Forwarder;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddReverseProxy()
    .LoadFromMemory(GatewayRoutes.Routes(), GatewayRoutes.Clusters())
    .AddServiceDiscoveryDestinationResolver();
builder.Services.AddSingleton<IForwarderHttpClientFactory, ShortConnectTimeoutHttpClientFactory>();
builder.Services.AddHealthChecks().AddCheck<ServicesReachableHealthCheck>(ServicesReachableHealthCheck.Name);
builder.Services.AddHttpClient<OpenApiAggregator>();
builder.Services.AddSuiteReflection();

var app = builder.Build();
app.UseRetryAfterWhenUnavailable();
app.UseUnavailableAnswer();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapOpenApiDocument();
app.MapDevTokenEndpoint();
app.MapSuiteReflection();
app.MapReverseProxy();
app.Run();

public partial class Program;
