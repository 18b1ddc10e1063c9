using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Projections;

namespace Crewline.Reporting.Features.Portfolio.Projection;

/// <summary>Vendor invoices: received (amount, terms) and paid, in either order.</summary>
public sealed class InvoiceProjector : IProjector<VendorInvoiceReceived>, IProjector<VendorInvoicePaid>
{
    public async Task ApplyAsync(VendorInvoiceReceived e, ProjectionContext context, CancellationToken ct)
    {
        var invoice = await context.Db.InvoiceAsync(e.OrgId, e.ProjectId, e.InvoiceId, ct);
        invoice.VendorName = e.VendorName;
        invoice.Amount = e.Amount;
        invoice.Currency = e.Currency;
        invoice.DueOn = e.DueOn;
        invoice.Received = true;
    }

    public async Task ApplyAsync(VendorInvoicePaid e, ProjectionContext context, CancellationToken ct)
    {
        var invoice = await context.Db.InvoiceAsync(e.OrgId, e.ProjectId, e.InvoiceId, ct);
        if (invoice.PaidOn is not { } paid || e.PaidOn < paid) invoice.PaidOn = e.PaidOn;
    }
}
