using Crewline.Bench.Measurement;
using Crewline.Bench.Results;

namespace Crewline.Bench.Tests;

public sealed class PercentilesTests
{
    private static readonly double[] OneToHundred = [.. Enumerable.Range(1, 100).Select(i => (double)i)];

    [Theory]
    [InlineData(50, 50)]
    [InlineData(99, 99)]
    [InlineData(100, 100)]
    [InlineData(1, 1)]
    [InlineData(0.5, 1)]
    public void Nearest_rank_of_one_to_hundred_is_the_percentile_itself(double percentile, double expected) =>
        Assert.Equal(expected, Percentiles.Of(OneToHundred, percentile));

    [Fact]
    public void Nearest_rank_takes_the_smallest_sample_with_that_share_at_or_below_it()
    {
        double[] sorted = [10, 20, 30, 40];
        Assert.Equal(20, Percentiles.Of(sorted, 50));   // 2 of 4 at or below 20
        Assert.Equal(30, Percentiles.Of(sorted, 51));   // 20 covers only 50 %
        Assert.Equal(40, Percentiles.Of(sorted, 99));
    }

    [Fact]
    public void A_single_slow_sample_in_a_hundred_is_the_p100_not_the_p99()
    {
        var samples = Enumerable.Repeat(1.0, 99).Append(500).ToArray();
        Assert.Equal(1, Percentiles.Of(samples, 99));
        Assert.Equal(500, Percentiles.Of(samples, 100));
    }

    [Fact]
    public void No_samples_give_no_percentile() => Assert.True(double.IsNaN(Percentiles.Of([], 50)));

    [Fact]
    public void Median_of_an_odd_count_is_the_middle_and_the_range_its_ends()
    {
        var spread = Percentiles.SpreadOf([900, 300, 500]);
        Assert.Equal(new Spread(500, 300, 900), spread);
    }

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_two_middle_values() =>
        Assert.Equal(25, Percentiles.SpreadOf([40, 10, 20, 30]).Median);

    [Fact]
    public void Missing_values_do_not_count_in_the_spread() =>
        Assert.Equal(new Spread(2, 1, 3), Percentiles.SpreadOf([3, double.NaN, 1, 2]));

    [Fact]
    public void A_round_from_unsorted_latencies_counts_throughput_over_its_window()
    {
        var round = RoundResult.From([5, 1, 3, 2, 4], TimeSpan.FromSeconds(2), new Dictionary<string, long> { ["Unavailable"] = 2 });
        Assert.Equal(2.5, round.OpsPerSecond);
        Assert.Equal(3, round.P50Ms);
        Assert.Equal(5, round.P99Ms);
        Assert.Equal(2, round.Failed);
    }

    [Fact]
    public void Ratios_are_taken_round_by_round_then_summarised()
    {
        var subject = new Series("subject");
        var baseline = new Series("baseline");
        // Round 2 ran on a busier machine: both halves slowed, their ratio did not.
        foreach (var (s, b) in new[] { (100.0, 1000.0), (50.0, 500.0), (120.0, 1000.0) })
        {
            subject.Add(new RoundResult(s, 1, 2, 1, new Dictionary<string, long>()));
            baseline.Add(new RoundResult(b, 1, 2, 1, new Dictionary<string, long>()));
        }
        var ratio = subject.ThroughputRatioTo(baseline);
        Assert.Equal(0.1, ratio.Median, 6);
        Assert.Equal(0.1, ratio.Min, 6);
        Assert.Equal(0.12, ratio.Max, 6);
    }

    [Fact]
    public void A_ratio_to_a_share_of_the_baseline_divides_the_baseline_per_operation_before_the_round_ratio()
    {
        var workflows = new Series("workflows");
        var bus = new Series("publish→consume");
        // A workflow needs 4 messages consumed: 2000 msg/s of bus carry at most 500 workflows/s.
        foreach (var (w, b) in new[] { (250.0, 2000.0), (100.0, 1000.0), (300.0, 2000.0) })
        {
            workflows.Add(new RoundResult(w, 1, 2, 1, new Dictionary<string, long>()));
            bus.Add(new RoundResult(b, 1, 2, 1, new Dictionary<string, long>()));
        }
        var ratio = workflows.ThroughputRatioTo(bus, 4);
        Assert.Equal(0.5, ratio.Median, 6);
        Assert.Equal(0.4, ratio.Min, 6);
        Assert.Equal(0.6, ratio.Max, 6);
        Assert.Throws<ArgumentOutOfRangeException>(() => workflows.ThroughputRatioTo(bus, 0));
    }
}
