namespace Crewline.Dashboard.Components.Charts;

/// <summary>
/// Fits an axis label under its bar: wrapped at word boundaries into at most a few lines of a width the
/// slot allows, the last line cut with an ellipsis when the text is longer still (the chart shows the
/// full label as the tooltip). Widths are in SVG user units, so they hold at every rendered size.
/// </summary>
public static class ChartLabel
{
    /// <summary>The average advance of one character of the 11-unit label font, generous for wide glyphs.</summary>
    public const double CharWidth = 6.4;

    /// <summary>How many characters fit on one line of a slot <paramref name="width"/> units wide (at least 3).</summary>
    public static int CharsThatFit(double width) => Math.Max(3, (int)Math.Floor(width / CharWidth));

    /// <summary>The lines <paramref name="label"/> is shown as: none longer than <paramref name="maxChars"/>, at most <paramref name="maxLines"/>.</summary>
    public static IReadOnlyList<string> Lines(string label, int maxChars, int maxLines = 2)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        var lines = new List<string>();
        var current = "";
        var cut = false;
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length == 0) current = word;
            else if (current.Length + 1 + word.Length <= maxChars) current += " " + word;
            else
            {
                lines.Add(current);
                current = word;
                if (lines.Count == maxLines) { cut = true; current = ""; break; }
            }
        }
        if (current.Length > 0) lines.Add(current);

        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Length > maxChars) lines[i] = lines[i][..(maxChars - 1)] + "…";
        if (cut && !lines[^1].EndsWith('…'))
            lines[^1] = (lines[^1].Length < maxChars ? lines[^1] : lines[^1][..(maxChars - 1)].TrimEnd()) + "…";
        return lines;
    }
}
