using Crewline.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crewline.BuildingBlocks.Persistence;

public static class DatabaseSetup
{
    /// <summary>Registers the service's DbContext on PostgreSQL from the named connection string.</summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : ServiceDbContext
    {
        var connectionString = ConnectionDefaults.Apply(builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"Connection string '{connectionName}' is not configured."));
        // Not TryAdd: the framework registers TimeProvider.System earlier (authentication).
        builder.Services.AddSingleton<TimeProvider>(Time.DatabasePrecisionTimeProvider.Instance);
        builder.Services.AddScoped<TenantContext>();
        // The options are built once (not per scope): every request and consumed message gets a
        // context without rebuilding and comparing options.
        builder.Services.AddDbContext<TContext>(options => options
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(AfterCommitInterceptor.Instance), optionsLifetime: ServiceLifetime.Singleton);
        builder.Services.AddScoped<ServiceDbContext>(sp => sp.GetRequiredService<TContext>());
        builder.Services.AddScoped<Idempotency.IdempotencyStore>();
        builder.Services.AddScoped<Concurrency.MergeOnConflict>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database");
        // Registered before the bus and the outbox dispatcher, so it runs (and finishes) first.
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;
    }
}
