using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Ledger;
using Crewline.Ownership.Features.Plan;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Ledger;

/// <summary>Between the ledger's domain types and its proto messages. Money is google.type.Money (units + nanos, exact).</summary>
public static class LedgerMapping
{
    private const decimal NanosPerUnit = 1_000_000_000m;

    public static Google.Type.Money ToMoney(this decimal amount, string currency)
    {
        var units = decimal.Truncate(amount);
        return new Google.Type.Money { CurrencyCode = currency, Units = (long)units, Nanos = (int)decimal.Round((amount - units) * NanosPerUnit) };
    }

    /// <summary>
    /// The amount and currency of a Money field; a violation on <paramref name="field"/> when unset or
    /// malformed (units and nanos of different signs, nanos out of range). The sign is kept: the domain
    /// rejects negative amounts on the same field.
    /// </summary>
    public static (decimal Amount, string Currency) Amount(this RequestValidator validator, Google.Type.Money? money, string field)
    {
        if (money is null)
        {
            validator.Check(false, field, "must be set");
            return (0, "");
        }
        var wellFormed = money.Nanos is > -1_000_000_000 and < 1_000_000_000
                         && !(money.Units > 0 && money.Nanos < 0) && !(money.Units < 0 && money.Nanos > 0);
        validator.Check(wellFormed, field, "units and nanos must have the same sign, nanos within ±999,999,999");
        return (money.Units + money.Nanos / NanosPerUnit, money.CurrencyCode ?? "");
    }

    public static Proto.BudgetLine ToProto(this BudgetLine line, string currency) => new()
    {
        LineId = line.Id.ToString(),
        Category = line.Category.ToProto(),
        Description = line.Description,
        Estimate = line.Estimate.ToMoney(currency),
        Actual = line.Actual.ToMoney(currency),
        Variance = line.Variance.ToMoney(currency),
    };

    public static Proto.VendorInvoice ToProto(this VendorInvoice invoice, string currency)
    {
        var proto = new Proto.VendorInvoice
        {
            InvoiceId = invoice.Id.ToString(),
            VendorName = invoice.VendorName,
            Amount = invoice.Amount.ToMoney(currency),
            ReceivedOn = invoice.ReceivedOn.ToProto(),
            PaymentTermsDays = invoice.PaymentTermsDays,
            DueOn = invoice.DueOn.ToProto(),
        };
        if (invoice.PaidOn is { } paid) proto.PaidOn = paid.ToProto();
        return proto;
    }
}
