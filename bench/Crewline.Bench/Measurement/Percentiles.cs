namespace Crewline.Bench.Measurement;

/// <summary>Percentiles of latency samples by the nearest-rank method, and the median and range of a few rounds.</summary>
public static class Percentiles
{
    /// <summary>
    /// The nearest-rank <paramref name="percentile"/> (0–100] of <paramref name="sorted"/> (ascending):
    /// the smallest sample with at least that share of the samples at or below it. NaN when empty.
    /// </summary>
    public static double Of(IReadOnlyList<double> sorted, double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        if (sorted.Count == 0) return double.NaN;
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    /// <summary>The median (the mean of the two middle values for an even count), minimum and maximum; NaN values are ignored.</summary>
    public static Spread SpreadOf(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0) return new Spread(double.NaN, double.NaN, double.NaN);
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[^1]);
    }
}

/// <summary>The median of some rounds and their range.</summary>
public readonly record struct Spread(double Median, double Min, double Max)
{
    public bool IsEmpty => double.IsNaN(Median);
}
