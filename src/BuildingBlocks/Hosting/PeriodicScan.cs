using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crewline.BuildingBlocks.Hosting;

/// <summary>
/// A background job that scans the database on a fixed interval (there is no delayed-message plugin,
/// so deadlines are found by scanning). A failed pass is logged and the next pass tries again; the
/// clock is the injected <see cref="TimeProvider"/>, so tests call <see cref="ScanOnceAsync"/> or
/// move time instead of waiting.
/// </summary>
public abstract class PeriodicScan(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The clock passes are timed by and deadlines are judged against.</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>What the scan looks for, for the log (e.g. "Overdue invoice scan").</summary>
    protected abstract string Name { get; }

    /// <summary>The wait between two passes.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass: returns how many things it acted on.</summary>
    public abstract Task<int> ScanOnceAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "{Scan} failed; retrying on the next pass.", Name);
            }
            try
            {
                await Task.Delay(Interval, Clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
