using Crewline.Contracts.Reporting.V1;
using Crewline.Dashboard.Api;
using Grpc.Core;

namespace Crewline.Dashboard.Live;

/// <summary>
/// One <c>WatchUpdates</c> stream per circuit (this service is scoped to it): started by the
/// layout once the circuit is interactive, cancelled when the circuit goes. Pages subscribe to
/// <see cref="Updated"/> and re-read what changed; the live indicator shows <see cref="State"/>.
/// A broken stream is opened again after <see cref="ReconnectDelay"/>.
/// </summary>
public sealed class LiveUpdates(IReportingApi api, ILogger<LiveUpdates> logger) : IAsyncDisposable, IDisposable
{
    public static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public enum LiveState { Connecting, Live, Reconnecting }

    public LiveState State { get; private set; } = LiveState.Connecting;

    /// <summary>Why the stream is down, while reconnecting.</summary>
    public string? Problem { get; private set; }

    /// <summary>A change arrived (never a heartbeat). Handlers run on the stream's thread.</summary>
    public event Func<LiveUpdate, Task>? Updated;

    /// <summary>The state changed (connecting, live, reconnecting).</summary>
    public event Func<Task>? StateChanged;

    /// <summary>Opens the stream once; later calls do nothing.</summary>
    public void Start() => _loop ??= Task.Run(() => RunAsync(_stop.Token));

    private async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await foreach (var update in api.WatchUpdatesAsync(stop))
                {
                    if (State != LiveState.Live) await SetStateAsync(LiveState.Live, null);
                    if (update.Kind != LiveUpdateKind.Subscribed) await RaiseAsync(update);
                }
                await SetStateAsync(LiveState.Reconnecting, "The live stream ended.");
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { return; }
            catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && stop.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                logger.LogInformation("Live updates stream broke: {Problem}", e.Message);
                await SetStateAsync(LiveState.Reconnecting, ApiErrors.Describe(e));
            }
            try { await Task.Delay(ReconnectDelay, stop); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task RaiseAsync(LiveUpdate update)
    {
        if (Updated is not { } handlers) return;
        foreach (var handler in handlers.GetInvocationList().Cast<Func<LiveUpdate, Task>>())
        {
            try { await handler(update); }
            catch (Exception e) { logger.LogWarning(e, "A page failed to apply a live update."); }
        }
    }

    private async Task SetStateAsync(LiveState state, string? problem)
    {
        State = state;
        Problem = problem;
        if (StateChanged is { } handlers)
            foreach (var handler in handlers.GetInvocationList().Cast<Func<Task>>())
            {
                try { await handler(); }
                catch (Exception e) { logger.LogWarning(e, "The live indicator failed to update."); }
            }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            try { await _loop; }
            catch (OperationCanceledException) { }
        }
        _stop.Dispose();
    }

    /// <summary>Cancels the stream without waiting for it to end (a synchronously disposed scope).</summary>
    public void Dispose() => _stop.Cancel();
}
