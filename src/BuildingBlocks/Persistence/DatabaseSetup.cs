using Crewline.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Crewline.BuildingBlocks.Persistence;

public static class DatabaseSetup
{
    /// <summary>Registers the service's DbContext on PostgreSQL from the named connection string.</summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : ServiceDbContext
    {
        var connectionString = WithPoolLimit(builder.Configuration.GetConnectionString(connectionName)
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

    /// <summary>Connections one service opens at most when its connection string names no limit.</summary>
    public const int DefaultMaxPoolSize = 40;

    private static readonly string[] MaxPoolSizeKeys = ["Maximum Pool Size", "MaxPoolSize"];

    /// <summary>
    /// Caps the service's pool (Npgsql's default is 100): four services at 100 would exceed the
    /// server's <c>max_connections</c> (200 in <c>scripts/postgres-local.sh</c>) under overload, and the
    /// server would refuse connections ("too many clients") where a capped pool makes a caller wait
    /// for a free connection. A limit given in the connection string wins.
    /// </summary>
    public static string WithPoolLimit(string connectionString)
    {
        // The plain builder holds only the keys the string names (Npgsql's knows every key).
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (MaxPoolSizeKeys.Any(given.ContainsKey)) return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = DefaultMaxPoolSize }.ConnectionString;
    }
}
