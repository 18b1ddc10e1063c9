using Crewline.BuildingBlocks.Validation;
using Crewline.Ownership.Domain.Ledger;
using Crewline.Ownership.Features.Plan;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Ledger;

/// <summary>Between the ledger's domain types and its proto messages. Money is google.type.Money (units + nanos, exact; see BuildingBlocks' ProtoValues).</summary>
public static class LedgerMapping
{
    public static Proto.BudgetLine ToProto(this BudgetLine line, string currency) => new()
    {
        LineId = line.Id.ToString(),
        Category = line.Category.ToProto(),
        Description = line.Description,
        Estimate = line.Estimate.ToProtoMoney(currency),
        Actual = line.Actual.ToProtoMoney(currency),
        Variance = line.Variance.ToProtoMoney(currency),
    };

    public static Proto.VendorInvoice ToProto(this VendorInvoice invoice, string currency)
    {
        var proto = new Proto.VendorInvoice
        {
            InvoiceId = invoice.Id.ToString(),
            VendorName = invoice.VendorName,
            Amount = invoice.Amount.ToProtoMoney(currency),
            ReceivedOn = invoice.ReceivedOn.ToProtoDate(),
            PaymentTermsDays = invoice.PaymentTermsDays,
            DueOn = invoice.DueOn.ToProtoDate(),
        };
        if (invoice.PaidOn is { } paid) proto.PaidOn = paid.ToProtoDate();
        return proto;
    }
}
