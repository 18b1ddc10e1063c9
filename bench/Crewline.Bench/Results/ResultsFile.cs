namespace Crewline.Bench.Results;

/// <summary>
/// bench/RESULTS.md: a fixed head, then one section per run, newest first. A new run's section
/// goes right under the marker line; every earlier section stays, as the before/after history.
/// </summary>
public static class ResultsFile
{
    public const string Marker = "<!-- newest run first: bench/run.sh inserts each run's section below this line -->";

    public const string Head =
        """
        # Benchmark results

        Written by `bash bench/run.sh` (see [README.md](README.md)): every figure next to its baseline,
        measured in the same run on the same servers, interleaved, three rounds, median [range].
        Compare figures within one section; across sections (machines, load) only the ratios mean much.

        """;

    /// <summary>The file's new text: <paramref name="existing"/> (or the head) with <paramref name="section"/> inserted first.</summary>
    public static string Insert(string? existing, string section)
    {
        var text = string.IsNullOrWhiteSpace(existing) ? Head + Marker + "\n" : existing;
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            // A file without the marker: keep all of it below the new section.
            return Head + Marker + "\n\n" + section.TrimEnd() + "\n\n" + text.TrimStart();
        }
        var afterMarker = at + Marker.Length;
        var rest = text[afterMarker..].TrimStart('\n');
        return text[..afterMarker] + "\n\n" + section.TrimEnd() + "\n" + (rest.Length > 0 ? "\n" + rest : "");
    }

    public static void Write(string path, string section)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : null;
        File.WriteAllText(path, Insert(existing, section));
    }
}
