namespace Crewline.Bench.Measurement;

/// <summary>
/// What one timed round of one measured thing gave: completed operations per second, latency
/// percentiles in milliseconds, and the failures by gRPC status (or exception type).
/// </summary>
public sealed record RoundResult(
    double OpsPerSecond,
    double P50Ms,
    double P99Ms,
    long Succeeded,
    IReadOnlyDictionary<string, long> Failures)
{
    public long Failed => Failures.Values.Sum();

    /// <summary>A round from its latency samples (any order) over <paramref name="elapsed"/>.</summary>
    public static RoundResult From(List<double> latenciesMs, TimeSpan elapsed, IReadOnlyDictionary<string, long> failures)
    {
        latenciesMs.Sort();
        var seconds = elapsed.TotalSeconds;
        return new RoundResult(
            seconds > 0 ? latenciesMs.Count / seconds : double.NaN,
            Percentiles.Of(latenciesMs, 50),
            Percentiles.Of(latenciesMs, 99),
            latenciesMs.Count,
            failures);
    }
}
