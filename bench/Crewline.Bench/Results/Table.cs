namespace Crewline.Bench.Results;

/// <summary>A table of a scenario's report: a title, column headers and rows of already formatted cells.</summary>
public sealed class Table(string title, params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public string Title { get; } = title;
    public IReadOnlyList<string> Headers { get; } = headers;
    public IReadOnlyList<string[]> Rows => _rows;

    public Table Row(params string[] cells)
    {
        if (cells.Length != Headers.Count) throw new ArgumentException($"{Title}: {cells.Length} cells for {Headers.Count} columns.");
        _rows.Add(cells);
        return this;
    }

    /// <summary>The usual row of a measured series: name, ops/s, p50, p99, failures, and its ratio to a baseline (or "baseline").</summary>
    public static Table OfSeries(string title) =>
        new(title, "measured", "ops/s median [range]", "p50 ms", "p99 ms", "failed", "ratio (ops/s, per round)");

    public Table SeriesRow(Series series, string ratio) =>
        Row(series.Name, Format.Rate(series.Throughput), Format.Ms(series.P50), Format.Ms(series.P99), series.FailureSummary(), ratio);
}
