using System.Diagnostics;

namespace Crewline.Bench.Measurement;

/// <summary>
/// A closed loop: <c>callers</c> workers each call the operation again as soon as the previous
/// call returned. A warm-up runs first and is not recorded; then for <c>duration</c> every call
/// that completes is timed. Throughput counts successful calls only.
/// </summary>
public static class ClosedLoop
{
    public static async Task<RoundResult> RunAsync(
        int callers, TimeSpan warmup, TimeSpan duration, Func<int, CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        var failures = new FailureCounter();
        var perWorker = Enumerable.Range(0, callers).Select(_ => new List<double>(4096)).ToArray();
        var clock = Stopwatch.StartNew();
        var measureFrom = warmup;
        var stopAt = warmup + duration;

        async Task Worker(int worker)
        {
            var samples = perWorker[worker];
            while (!cancellationToken.IsCancellationRequested)
            {
                var started = clock.Elapsed;
                if (started >= stopAt) return;
                try
                {
                    await operation(worker, cancellationToken);
                    if (started >= measureFrom) samples.Add((clock.Elapsed - started).TotalMilliseconds);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    if (started >= measureFrom) failures.Record(ex);
                }
            }
        }

        var workers = Enumerable.Range(0, callers).Select(i => Task.Run(() => Worker(i), cancellationToken)).ToArray();
        await Task.WhenAll(workers);
        // Calls started before the stop may finish after it: their time counts too.
        var measured = clock.Elapsed - measureFrom;
        return RoundResult.From(perWorker.SelectMany(s => s).ToList(), measured, failures.Snapshot());
    }
}
