using Crewline.BuildingBlocks.Tenancy;
using Crewline.Contracts.Ownership.V1;
using Grpc.Core;

namespace Crewline.Ownership.Features.Ledger;

/// <summary>The production ledger over gRPC (and REST by transcoding).</summary>
public sealed class LedgerGrpcService(LedgerHandlers handlers) : LedgerService.LedgerServiceBase
{
    public override Task<BudgetLine> AddBudgetLine(AddBudgetLineRequest request, ServerCallContext context) =>
        handlers.AddBudgetLineAsync(request, context.Caller(), context.CancellationToken);

    public override Task<BudgetLine> UpdateBudgetLine(UpdateBudgetLineRequest request, ServerCallContext context) =>
        handlers.UpdateBudgetLineAsync(request, context.Caller(), context.CancellationToken);

    public override Task<Budget> GetBudget(GetBudgetRequest request, ServerCallContext context) =>
        handlers.GetBudgetAsync(request, context.Caller(), context.CancellationToken);

    public override Task<VendorInvoice> ReceiveVendorInvoice(ReceiveVendorInvoiceRequest request, ServerCallContext context) =>
        handlers.ReceiveInvoiceAsync(request, context.Caller(), context.CancellationToken);

    public override Task<VendorInvoice> MarkVendorInvoicePaid(MarkVendorInvoicePaidRequest request, ServerCallContext context) =>
        handlers.MarkPaidAsync(request, context.Caller(), context.CancellationToken);

    public override Task<ListVendorInvoicesResponse> ListVendorInvoices(ListVendorInvoicesRequest request, ServerCallContext context) =>
        handlers.ListInvoicesAsync(request, context.Caller(), context.CancellationToken);

    public override Task<InvoiceAging> GetInvoiceAging(GetInvoiceAgingRequest request, ServerCallContext context) =>
        handlers.GetAgingAsync(request, context.Caller(), context.CancellationToken);
}
