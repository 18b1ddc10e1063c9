using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Messaging;
using Crewline.BuildingBlocks.Outbox;
using Crewline.BuildingBlocks.Overload;
using Crewline.BuildingBlocks.Persistence;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts;
using Crewline.ServiceDefaults;
using Crewline.ServiceDefaults.Http;
using Google.Protobuf.Reflection;
using Google.Rpc;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi.Models;

namespace Crewline.BuildingBlocks.Hosting;

/// <summary>
/// How every domain service is put together, so each one's Program.cs is a few lines:
/// service defaults, its PostgreSQL database, the bus, and gRPC with JSON transcoding,
/// reflection, health and an OpenAPI document.
/// </summary>
public static class CrewlineServiceHost
{
    public const string OpenApiPath = "/openapi/v1.json";

    public static WebApplicationBuilder AddCrewlineService<TContext>(
        this WebApplicationBuilder builder,
        string serviceName,
        string databaseName,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TContext : ServiceDbContext
    {
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<TContext>(databaseName);
        builder.AddCrewlineMessaging(serviceName, addConsumers);

        var overload = builder.Configuration.GetSection(OverloadOptions.SectionName).Get<OverloadOptions>() ?? new OverloadOptions();
        overload.Validate();
        builder.Services.AddSingleton(overload);
        builder.Services.AddSingleton<CallLimiter>();
        builder.Services.AddGrpc(grpc =>
            {
                // Outermost first: a call past capacity is refused before anything else runs.
                grpc.Interceptors.Add<OverloadInterceptor>();
                grpc.Interceptors.Add<ErrorMappingInterceptor>();
            })
            .AddJsonTranscoding(json => json.TypeRegistry = TypeRegistry.FromMessages(BadRequest.Descriptor, PreconditionFailure.Descriptor, RetryInfo.Descriptor));
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks();
        // The gRPC health service's publisher runs every check on a timer from process start. Until
        // the app has started (migrations applied, bus started) a failing database or bus check only
        // logs errors nobody can act on, and no gRPC caller can reach the service yet anyway.
        builder.Services.AddOptions<HealthCheckPublisherOptions>().Configure<IHostApplicationLifetime>(
            (options, lifetime) => options.Predicate = _ => lifetime.ApplicationStarted.IsCancellationRequested);
        builder.Services.AddGrpcSwagger();
        builder.Services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc("v1", new OpenApiInfo { Title = $"Crewline {serviceName}", Version = "v1" });
            swagger.CustomSchemaIds(ProtoSchemaIds.Of);
            var contractsXml = Path.Combine(AppContext.BaseDirectory, $"{typeof(ResourceNames).Assembly.GetName().Name}.xml");
            if (File.Exists(contractsXml))
            {
                swagger.IncludeXmlComments(contractsXml);
                swagger.IncludeGrpcXmlComments(contractsXml, includeControllerXmlComments: true);
            }
        });
        return builder;
    }

    /// <summary>Maps the service's gRPC service (token required) and the anonymous health, reflection and OpenAPI endpoints.</summary>
    public static WebApplication MapCrewlineService<TGrpcService>(this WebApplication app) where TGrpcService : class
    {
        app.UseRetryAfterWhenUnavailable();
        app.UseAuthentication();
        app.UseMiddleware<TenantMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<TranscodedRequestValidation>();

        app.UseSwagger(o => o.RouteTemplate = "openapi/{documentName}.json");
        app.MapDefaultEndpoints();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapGrpcReflectionService().AllowAnonymous();
        app.MapGrpcService<TGrpcService>().RequireAuthorization();
        return app;
    }

    /// <summary>
    /// Runs the service, or, when started as <c>&lt;service&gt; outbox ...</c>, runs that operator
    /// command (<see cref="OutboxAdminCommand"/>) against the service's database and exits with its code.
    /// </summary>
    public static int RunCrewlineService(this WebApplication app, string[] args)
    {
        if (!OutboxAdminCommand.IsInvoked(args))
        {
            app.Run();
            return 0;
        }
        return OutboxAdminCommand.RunAsync(app.Services, args, Console.Out).GetAwaiter().GetResult();
    }

    /// <summary>Maps a further gRPC service of the same process (token required).</summary>
    public static WebApplication MapCrewlineGrpc<TGrpcService>(this WebApplication app) where TGrpcService : class
    {
        app.MapGrpcService<TGrpcService>().RequireAuthorization();
        return app;
    }
}
