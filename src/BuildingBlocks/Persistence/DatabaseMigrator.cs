using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crewline.BuildingBlocks.Persistence;

/// <summary>
/// Applies the service's EF Core migrations at startup (creating its database if missing),
/// retrying while PostgreSQL is still starting. Runs before the bus and the outbox start.
/// </summary>
public sealed class DatabaseMigrator<TContext>(IServiceProvider services, ILogger<DatabaseMigrator<TContext>> logger) : IHostedService
    where TContext : ServiceDbContext
{
    private const int MaxAttempts = 60;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TContext>().Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Database of {Context} is migrated.", typeof(TContext).Name);
                return;
            }
            catch (Exception ex) when (attempt < MaxAttempts && ex is Npgsql.NpgsqlException or TimeoutException)
            {
                logger.LogWarning("Database not reachable yet (attempt {Attempt}): {Message}", attempt, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
