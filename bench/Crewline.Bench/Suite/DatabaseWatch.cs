using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Crewline.Bench.Suite;

/// <summary>
/// Sees when awaited ids reach a state in a service's database without asking the service: one
/// cheap query every few milliseconds for the ids still awaited (<c>$1</c> is their array; the query
/// returns the ones that are there), so the service being measured does no extra work for being
/// watched. An id counts as seen at the moment the poll that found it returned (resolution: the
/// poll interval). The connection is opened before any load and reopened if the server drops it.
/// </summary>
public class DatabaseWatch : IAsyncDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    private readonly NpgsqlDataSource _source;
    private readonly string _query;
    private readonly Stopwatch _clock;
    private readonly ConcurrentDictionary<Guid, byte> _awaited = new();
    private readonly ConcurrentDictionary<Guid, TimeSpan> _seen = new();
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<TimeSpan>> _waiters = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <param name="connectionString">The watched service's database.</param>
    /// <param name="query">Selects one uuid column: those of the ids in <c>$1</c> (a uuid[]) that have reached the state.</param>
    /// <param name="clock">The run's clock.</param>
    public DatabaseWatch(string connectionString, string query, Stopwatch clock)
    {
        _source = NpgsqlDataSource.Create(connectionString);
        _query = query;
        _clock = clock;
        _loop = Task.Run(PollAsync);
    }

    public void Await(Guid id)
    {
        if (!_seen.ContainsKey(id)) _awaited.TryAdd(id, 0);
    }

    /// <summary>When the id was seen (on the shared clock), or null if not yet.</summary>
    public TimeSpan? SeenAt(Guid id) => _seen.TryGetValue(id, out var at) ? at : null;

    /// <summary>Awaits <paramref name="id"/> and completes with the time it was seen.</summary>
    public Task<TimeSpan> SeenAsync(Guid id, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waiter = _waiters.GetOrAdd(id, _ => new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (_seen.TryGetValue(id, out var at)) waiter.TrySetResult(at);
        else Await(id);
        return waiter.Task.WaitAsync(timeout, cancellationToken);
    }

    public int StillAwaited => _awaited.Count;

    private async Task PollAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await PollOnOneConnectionAsync();
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or InvalidOperationException)
            {
                // The server restarted or refused: open a new connection and go on.
                await Task.Delay(TimeSpan.FromMilliseconds(200), _stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task PollOnOneConnectionAsync()
    {
        await using var connection = await _source.OpenConnectionAsync(_stop.Token);
        await using var command = new NpgsqlCommand(_query, connection);
        var ids = new NpgsqlParameter<Guid[]>();
        command.Parameters.Add(ids);
        while (!_stop.IsCancellationRequested)
        {
            if (!_awaited.IsEmpty)
            {
                ids.TypedValue = [.. _awaited.Keys];
                var found = new List<Guid>();
                await using (var reader = await command.ExecuteReaderAsync(_stop.Token))
                    while (await reader.ReadAsync(_stop.Token)) found.Add(reader.GetGuid(0));
                var now = _clock.Elapsed;
                foreach (var id in found)
                {
                    _seen.TryAdd(id, now);
                    _awaited.TryRemove(id, out _);
                    if (_waiters.TryRemove(id, out var waiter)) waiter.TrySetResult(_seen[id]);
                }
            }
            await Task.Delay(PollInterval, _stop.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _loop; }
        catch (OperationCanceledException) { }
        await _source.DisposeAsync();
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }
}
