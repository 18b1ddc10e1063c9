using System.Globalization;
using Crewline.Bench.Measurement;

namespace Crewline.Bench.Results;

/// <summary>How figures are written: the median, then the range of the rounds in brackets.</summary>
public static class Format
{
    /// <summary>"median [min–max]", each to three significant digits.</summary>
    public static string Spread(Spread s) => s.IsEmpty ? "–" : $"{Number(s.Median)} [{Number(s.Min)}–{Number(s.Max)}]";

    public static string Rate(Spread s) => Spread(s);

    public static string Ms(Spread s) => Spread(s);

    public static string Ratio(Spread s) => s.IsEmpty ? "–" : $"{Fixed(s.Median, 3)}× [{Fixed(s.Min, 3)}–{Fixed(s.Max, 3)}]";

    /// <summary>Three significant digits, at most one decimal above 10 (1.23, 12.3, 123, 12345).</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value)) return "–";
        if (double.IsInfinity(value)) return "∞";
        var abs = Math.Abs(value);
        var digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
        return value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    public static string Fixed(double value, int decimals) =>
        double.IsNaN(value) ? "–"
        : double.IsInfinity(value) ? (value > 0 ? "∞" : "−∞")
        : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A signed percentage of a fraction: +12%, −5%.</summary>
    public static string SignedPercent(double fraction) =>
        double.IsNaN(fraction) || double.IsInfinity(fraction) ? Fixed(fraction, 0)
        : (fraction < 0 ? "−" : "+") + Math.Abs(fraction * 100).ToString("F0", CultureInfo.InvariantCulture) + "%";
}
