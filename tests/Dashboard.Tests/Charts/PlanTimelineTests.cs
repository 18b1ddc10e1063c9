using System.Globalization;
using Bunit;
using Crewline.Dashboard.Components.Charts;

namespace Crewline.Dashboard.Tests.Charts;

public sealed class PlanTimelineTests : DashboardContext
{
    [Theory]
    [InlineData("2026-11-10")] // today is the first day: its label once ran into the first date
    [InlineData("2026-12-05")] // today is the last day
    public void The_today_label_has_its_own_line_below_the_dates_inside_the_chart(string today)
    {
        var chart = Render<PlanTimeline>(p => p
            .Add(c => c.Items, Samples.Shoot().Plan.ToList())
            .Add(c => c.Today, DateOnly.Parse(today, CultureInfo.InvariantCulture)));

        double Y(string selector) => double.Parse(chart.Find(selector).GetAttribute("y")!, CultureInfo.InvariantCulture);
        var height = double.Parse(chart.Find("svg.gantt").GetAttribute("viewBox")!.Split(' ')[3], CultureInfo.InvariantCulture);
        Assert.Equal(Y("text.first-date"), Y("text.last-date"));
        Assert.True(Y("text.today-label") >= Y("text.first-date") + 12, "the today label shares the dates' line");
        Assert.True(Y("text.today-label") <= height, "the today label leaves the chart");
    }
}
