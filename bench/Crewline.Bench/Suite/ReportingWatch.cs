using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Crewline.Bench.Suite;

/// <summary>
/// Sees when created projects become visible in Reporting without asking Reporting: one cheap
/// query on Reporting's database every few milliseconds (<c>project_summaries</c> by primary key,
/// only the ids still awaited), so the service being measured does no extra work. An id counts
/// as visible at the moment the poll that found it returned (resolution: the poll interval).
/// </summary>
public sealed class ReportingWatch : IAsyncDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    private readonly NpgsqlDataSource _source;
    private readonly Stopwatch _clock;
    private readonly ConcurrentDictionary<Guid, byte> _awaited = new();
    private readonly ConcurrentDictionary<Guid, TimeSpan> _seen = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ReportingWatch(string reportingConnectionString, Stopwatch clock)
    {
        _source = NpgsqlDataSource.Create(reportingConnectionString);
        _clock = clock;
        _loop = Task.Run(PollAsync);
    }

    public void Await(Guid projectId) => _awaited.TryAdd(projectId, 0);

    /// <summary>When the project was seen (on the shared clock), or null if not yet.</summary>
    public TimeSpan? SeenAt(Guid projectId) => _seen.TryGetValue(projectId, out var at) ? at : null;

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
        await using var command = new NpgsqlCommand("SELECT project_id FROM project_summaries WHERE project_id = ANY($1)", connection);
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
    }
}
