using Crewline.Contracts.Reporting.V1;

namespace Crewline.Reporting.Features.Portfolio;

/// <summary>The cycle-time distribution of decided scope changes: nearest-rank p50/p90, max, and a histogram by day ranges.</summary>
public static class CycleTimes
{
    private const long Day = 86_400;

    private static readonly (string Label, long Below)[] Buckets =
    [
        ("< 1 day", Day), ("1–3 days", 3 * Day), ("3–7 days", 7 * Day), ("7–14 days", 14 * Day), ("≥ 14 days", long.MaxValue),
    ];

    public static CycleTimeStats Of(IReadOnlyList<long> seconds)
    {
        var sorted = seconds.Order().ToArray();
        var stats = new CycleTimeStats
        {
            Count = sorted.Length,
            P50Seconds = Percentile(sorted, 0.5),
            P90Seconds = Percentile(sorted, 0.9),
            MaxSeconds = sorted.Length == 0 ? 0 : sorted[^1],
        };
        var lower = 0L;
        foreach (var (label, below) in Buckets)
        {
            stats.Buckets.Add(new CountBucket { Label = label, Count = sorted.Count(s => s >= lower && s < below) });
            lower = below;
        }
        return stats;
    }

    private static long Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
