using Crewline.BuildingBlocks.Concurrency;
using Crewline.Ownership.Domain.Ledger;

namespace Crewline.Ownership.Infrastructure.Concurrency;

/// <summary>The rows of a project's production ledger a command writes (see <see cref="MergeOnConflict"/>).</summary>
public static class LedgerRows
{
    /// <summary>One budget line.</summary>
    public static TouchedRows BudgetLine(ProductionLedger? ledger, Guid lineId) =>
        TouchedRows.Of($"Budget line {lineId}", ledger?.Lines.SingleOrDefault(l => l.Id == lineId));

    /// <summary>One vendor invoice.</summary>
    public static TouchedRows Invoice(ProductionLedger? ledger, Guid invoiceId) =>
        TouchedRows.Of($"Vendor invoice {invoiceId}", ledger?.Invoices.SingleOrDefault(i => i.Id == invoiceId));
}
