using System.Diagnostics;

namespace Crewline.Bench.Measurement;

/// <summary>
/// An open loop: operation <c>i</c> is due at <c>i / rate</c> seconds and started then whether or
/// not earlier ones have returned, so a slow system sees the same offered load (no coordinated
/// omission). Each operation's latency counts from when it was due, not from when it started.
/// </summary>
public static class OpenLoop
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    /// <summary>
    /// Offers <paramref name="ratePerSecond"/> operations per second for <paramref name="duration"/>;
    /// the operation gets its index and due time (on <paramref name="clock"/>). Returns once every started operation has finished.
    /// </summary>
    public static async Task<OpenLoopResult> RunAsync(
        double ratePerSecond, TimeSpan duration, Stopwatch clock, Func<long, TimeSpan, Task> operation, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ratePerSecond, 0);
        var total = (long)Math.Round(ratePerSecond * duration.TotalSeconds);
        var start = clock.Elapsed;
        var failures = new FailureCounter();
        var latencies = new List<double>((int)Math.Min(total, 1_000_000));
        var running = new List<Task>((int)Math.Min(total, 1_000_000));
        long next = 0;
        while (next < total && !cancellationToken.IsCancellationRequested)
        {
            var dueCount = Math.Min(total, (long)Math.Floor((clock.Elapsed - start).TotalSeconds * ratePerSecond) + 1);
            for (; next < dueCount; next++)
            {
                var due = start + TimeSpan.FromSeconds(next / ratePerSecond);
                var index = next;
                running.Add(Task.Run(async () =>
                {
                    try
                    {
                        await operation(index, due);
                        var latency = (clock.Elapsed - due).TotalMilliseconds;
                        lock (latencies) latencies.Add(latency);
                    }
                    catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                    {
                        failures.Record(ex);
                    }
                }, cancellationToken));
            }
            await Task.Delay(Tick, cancellationToken);
        }
        var offeredFor = clock.Elapsed - start;
        await Task.WhenAll(running);
        return new OpenLoopResult(total, offeredFor, RoundResult.From(latencies, offeredFor, failures.Snapshot()));
    }
}

/// <summary>How many operations were offered over how long, and what came of them (latency from each one's due time).</summary>
public sealed record OpenLoopResult(long Offered, TimeSpan OfferedFor, RoundResult Round);
