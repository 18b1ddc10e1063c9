namespace Crewline.Dashboard.Components.Charts;

/// <summary>One bar of a <see cref="BarChart"/>: its label, its height, and what its tooltip says.</summary>
public sealed record BarDatum(string Label, double Value, string? Hint = null);
