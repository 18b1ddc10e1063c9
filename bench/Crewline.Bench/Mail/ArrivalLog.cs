namespace Crewline.Bench.Mail;

/// <summary>
/// When things arrived, by key (a recipient, a subject): how many arrived for a key, when the n-th
/// did, and a wait for the n-th to arrive. Times are on the harness's one clock.
/// </summary>
public sealed class ArrivalLog
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records one arrival for <paramref name="key"/> at <paramref name="at"/>, and releases whoever waited for it.</summary>
    public void Record(string key, TimeSpan at)
    {
        List<TaskCompletionSource<TimeSpan>> released = [];
        lock (_entries)
        {
            var entry = EntryOf(key);
            entry.Times.Add(at);
            var count = entry.Times.Count;
            entry.Waiters.RemoveAll(w =>
            {
                if (w.Count > count) return false;
                released.Add(w.Done);
                return true;
            });
        }
        foreach (var done in released) done.TrySetResult(at);
    }

    /// <summary>How many arrived for <paramref name="key"/>.</summary>
    public int CountOf(string key)
    {
        lock (_entries) return _entries.TryGetValue(key, out var entry) ? entry.Times.Count : 0;
    }

    /// <summary>When the <paramref name="nth"/> (1-based) arrival for <paramref name="key"/> came, or null if it has not yet.</summary>
    public TimeSpan? ArrivalOf(string key, int nth = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nth, 1);
        lock (_entries) return _entries.TryGetValue(key, out var entry) && entry.Times.Count >= nth ? entry.Times[nth - 1] : null;
    }

    /// <summary>Completes with the time of the <paramref name="nth"/> arrival for <paramref name="key"/> (at once if it already came).</summary>
    public Task<TimeSpan> WaitForAsync(string key, int nth, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nth, 1);
        var done = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_entries)
        {
            var entry = EntryOf(key);
            if (entry.Times.Count >= nth) return Task.FromResult(entry.Times[nth - 1]);
            entry.Waiters.Add((nth, done));
        }
        return done.Task.WaitAsync(timeout, cancellationToken);
    }

    private Entry EntryOf(string key)
    {
        if (!_entries.TryGetValue(key, out var entry)) _entries[key] = entry = new Entry();
        return entry;
    }

    private sealed class Entry
    {
        public List<TimeSpan> Times { get; } = [];
        public List<(int Count, TaskCompletionSource<TimeSpan> Done)> Waiters { get; } = [];
    }
}
