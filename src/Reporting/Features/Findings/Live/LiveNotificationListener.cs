using Crewline.Contracts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Crewline.Reporting.Features.Findings.Live;

/// <summary>
/// Holds one dedicated PostgreSQL connection that LISTENs on the live-update channel and hands every
/// notification to the <see cref="LiveUpdateHub"/>. Reconnects after a lost connection (one second
/// apart); notifications committed while it was away are not replayed (a dashboard re-reads on
/// reconnecting, which the SUBSCRIBED message of a new stream tells it to do).
/// </summary>
public sealed class LiveNotificationListener(IConfiguration configuration, LiveUpdateHub hub, ILogger<LiveNotificationListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = configuration.GetConnectionString(ResourceNames.ReportingDb)
            ?? throw new InvalidOperationException($"Connection string '{ResourceNames.ReportingDb}' is not configured.");
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or System.Net.Sockets.SocketException or IOException)
            {
                hub.SetListening(false);
                logger.LogWarning(ex, "The live-update listener lost its connection; reconnecting.");
                try
                {
                    await Task.Delay(ReconnectDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Notification += (_, n) =>
        {
            if (LiveNotification.FromPayload(n.Payload) is { } notification) hub.Publish(notification);
        };
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {LiveNotification.Channel}", connection))
            await listen.ExecuteNonQueryAsync(stoppingToken);
        hub.SetListening(true);
        try
        {
            while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
        }
        finally
        {
            hub.SetListening(false);
        }
    }
}
