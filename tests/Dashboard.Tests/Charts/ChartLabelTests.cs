using Crewline.Dashboard.Components.Charts;

namespace Crewline.Dashboard.Tests.Charts;

public sealed class ChartLabelTests
{
    [Fact]
    public void A_label_that_fits_stays_on_one_line() =>
        Assert.Equal(["Not yet due"], ChartLabel.Lines("Not yet due", 13));

    [Theory]
    [InlineData("1–30 days past terms", "1–30 days", "past terms")]
    [InlineData("Over 90 days past terms", "Over 90 days", "past terms")]
    public void A_longer_label_wraps_at_words_into_lines_that_fit(string label, string first, string second) =>
        Assert.Equal([first, second], ChartLabel.Lines(label, 13));

    [Fact]
    public void Text_past_the_last_line_is_cut_with_an_ellipsis() =>
        Assert.Equal(["Scope", "changes…"], ChartLabel.Lines("Scope changes waiting on one signature", 12));

    [Fact]
    public void A_word_longer_than_a_line_is_cut_with_an_ellipsis() =>
        Assert.Equal(["superlongwo…"], ChartLabel.Lines("superlongwordindeed", 12, maxLines: 1));

    [Fact]
    public void The_chars_that_fit_follow_the_slot_width_with_a_floor() =>
        Assert.Equal((13, 3), (ChartLabel.CharsThatFit(86.8), ChartLabel.CharsThatFit(5)));
}
