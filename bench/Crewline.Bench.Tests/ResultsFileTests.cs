using Crewline.Bench.Results;

namespace Crewline.Bench.Tests;

public sealed class ResultsFileTests
{
    [Fact]
    public void A_first_run_makes_the_file_with_its_head_marker_and_section()
    {
        var text = ResultsFile.Insert(null, "## run 1\nfigures 1\n");
        Assert.StartsWith("# Benchmark results", text);
        Assert.True(text.IndexOf(ResultsFile.Marker, StringComparison.Ordinal) < text.IndexOf("## run 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_later_run_goes_first_and_keeps_every_earlier_section()
    {
        var once = ResultsFile.Insert(null, "## run 1\nfigures 1\n");
        var twice = ResultsFile.Insert(once, "## run 2\nfigures 2\n");
        var run2 = twice.IndexOf("## run 2", StringComparison.Ordinal);
        var run1 = twice.IndexOf("## run 1", StringComparison.Ordinal);
        Assert.True(run2 >= 0 && run1 > run2, twice);
        Assert.Contains("figures 1", twice);
        Assert.Equal(1, twice.Split(ResultsFile.Marker).Length - 1);
    }

    [Fact]
    public void A_file_without_the_marker_is_kept_whole_below_the_new_section()
    {
        var text = ResultsFile.Insert("# Old notes\nmeasured by hand: 910/s\n", "## run 1\n");
        Assert.True(text.IndexOf("## run 1", StringComparison.Ordinal) < text.IndexOf("measured by hand: 910/s", StringComparison.Ordinal));
    }
}
