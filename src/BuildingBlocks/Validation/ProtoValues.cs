using System.Globalization;
using Crewline.BuildingBlocks.Errors;

namespace Crewline.BuildingBlocks.Validation;

/// <summary>
/// Reading and writing the well-known value messages of requests: google.type.Money (exact decimal,
/// ISO 4217 currency) and google.type.Date (a full calendar date). Malformed values are recorded on the
/// validator under the request's field name, so the caller gets InvalidArgument naming the field.
/// </summary>
public static class ProtoValues
{
    private const decimal NanosPerUnit = 1_000_000_000m;

    /// <summary>The active ISO 4217 currency codes (2025 list; fixed here because the services run with invariant globalization).</summary>
    private static readonly HashSet<string> Currencies = new("""
        AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    public static bool IsCurrencyCode(string? code) => code is not null && Currencies.Contains(code);

    /// <summary>
    /// The amount and currency of a Money field: a violation on <paramref name="field"/> when unset, when units
    /// and nanos disagree in sign or nanos are out of range, or when the currency is no ISO 4217 code (upper case).
    /// </summary>
    public static (decimal Amount, string Currency) MoneyValue(this RequestValidator validator, Google.Type.Money? money, string field)
    {
        var (amount, currency) = validator.MoneyAmount(money, field);
        if (money is not null)
            validator.Check(IsCurrencyCode(money.CurrencyCode), $"{field}.currency_code", "must be an ISO 4217 currency code such as EUR or USD");
        return (amount, currency);
    }

    /// <summary>
    /// As <see cref="MoneyValue"/>, for a field whose currency the caller checks itself (e.g. against a
    /// budget's currency): only unset or malformed values (units and nanos of different signs, nanos out of
    /// range) are violations. The sign is kept.
    /// </summary>
    public static (decimal Amount, string Currency) MoneyAmount(this RequestValidator validator, Google.Type.Money? money, string field)
    {
        if (money is null)
        {
            validator.Check(false, field, "must be set");
            return (0, "");
        }
        var wellFormed = money.Nanos is > -1_000_000_000 and < 1_000_000_000
                         && !(money.Units > 0 && money.Nanos < 0) && !(money.Units < 0 && money.Nanos > 0);
        validator.Check(wellFormed, field, "units and nanos must have the same sign, nanos within ±999,999,999");
        return wellFormed ? (money.Units + money.Nanos / NanosPerUnit, money.CurrencyCode ?? "") : (0, money.CurrencyCode ?? "");
    }

    public static Google.Type.Money ToProtoMoney(this decimal amount, string currency)
    {
        var units = decimal.Truncate(amount);
        return new Google.Type.Money { CurrencyCode = currency, Units = (long)units, Nanos = (int)decimal.Round((amount - units) * NanosPerUnit) };
    }

    /// <summary>A full calendar date (year, month and day set); otherwise a violation on <paramref name="field"/>.</summary>
    public static DateOnly CalendarDay(this RequestValidator validator, Google.Type.Date? date, string field)
    {
        if (date is null)
        {
            validator.Check(false, field, "must be set");
            return default;
        }
        return validator.OptionalCalendarDay(date, field) ?? default;
    }

    /// <summary>As <see cref="CalendarDay"/>, but an unset date is null.</summary>
    public static DateOnly? OptionalCalendarDay(this RequestValidator validator, Google.Type.Date? date, string field)
    {
        if (date is null) return null;
        if (date.Year is >= 1 and <= 9999 && date.Month is >= 1 and <= 12 && date.Day >= 1
            && date.Day <= DateTime.DaysInMonth(date.Year, date.Month))
            return new DateOnly(date.Year, date.Month, date.Day);
        validator.Check(false, field, "must be a full calendar date (year, month and day)");
        return null;
    }

    public static Google.Type.Date ToProtoDate(this DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    /// <summary>A decimal written as a plain string ("12.5"), within [<paramref name="min"/>, <paramref name="max"/>] and at most <paramref name="decimals"/> decimals.</summary>
    public static decimal DecimalText(this RequestValidator validator, string? text, string field, decimal min, decimal max, int decimals)
    {
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max && decimal.Round(value, decimals) == value)
            return value;
        validator.Check(false, field, $"must be a decimal number from {min} to {max} with at most {decimals} decimals, e.g. \"12.5\"");
        return 0;
    }
}
