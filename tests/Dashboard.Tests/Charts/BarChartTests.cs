using Bunit;
using Crewline.Dashboard.Components.Charts;

namespace Crewline.Dashboard.Tests.Charts;

public sealed class BarChartTests : DashboardContext
{
    [Fact]
    public void The_invoice_aging_labels_wrap_to_their_slot_and_keep_the_full_text_as_a_tooltip()
    {
        var bars = Samples.Aging().Buckets.Select(b => new BarDatum(b.Label, b.Count)).ToList();
        var chart = Render<BarChart>(p => p.Add(c => c.Title, "Aging").Add(c => c.Bars, bars));

        var labels = chart.FindAll("text.label");
        Assert.Equal(5, labels.Count);
        var fit = ChartLabel.CharsThatFit((480 - 16) / 5.0 - 6);
        Assert.All(labels, l => Assert.All(l.QuerySelectorAll("tspan"), t => Assert.InRange(t.TextContent.Length, 1, fit)));
        Assert.Equal(["Not yet due"], labels[0].QuerySelectorAll("tspan").Select(t => t.TextContent));
        Assert.Equal(["Over 90 days", "past terms"], labels[4].QuerySelectorAll("tspan").Select(t => t.TextContent));
        Assert.Equal(bars.Select(b => b.Label), labels.Select(l => l.QuerySelector("title")!.TextContent));
    }

    [Fact]
    public void The_second_line_of_a_label_sits_below_the_first_and_inside_the_chart()
    {
        var bars = Samples.Aging().Buckets.Select(b => new BarDatum(b.Label, b.Count)).ToList();
        var chart = Render<BarChart>(p => p.Add(c => c.Title, "Aging").Add(c => c.Bars, bars));

        var spans = chart.FindAll("text.label")[2].QuerySelectorAll("tspan");
        Assert.Equal(["0", "13"], spans.Select(t => t.GetAttribute("dy")));
        var viewBox = chart.Find("svg").GetAttribute("viewBox")!.Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var y = double.Parse(chart.Find("text.label").GetAttribute("y")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(y + 13 <= viewBox[3] - 2, $"the second line at {y + 13} leaves the {viewBox[3]}-unit chart");
    }
}
