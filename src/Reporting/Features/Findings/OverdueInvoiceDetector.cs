using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Features.Findings.Detection;
using Crewline.Reporting.Projections;

namespace Crewline.Reporting.Features.Findings;

/// <summary>
/// R-FAIL-2, gap as aging work: a vendor invoice unpaid past its terms (R-OWN-6). Opens on
/// <see cref="VendorInvoiceOverdue"/> (the start of the day Ownership's scan found it); closes for good on
/// <see cref="VendorInvoicePaid"/> (the start of the day it was paid). A payment that arrives before the
/// overdue notice leaves no finding. One finding per invoice, on function vendor-invoices.
/// </summary>
public sealed class OverdueInvoiceDetector : IProjector<VendorInvoiceOverdue>, IProjector<VendorInvoicePaid>
{
    public const string FunctionKey = "vendor-invoices";
    private static readonly FindingCause Cause = FindingCause.InvoicePastTerms;

    public Task ApplyAsync(VendorInvoiceOverdue e, ProjectionContext context, CancellationToken cancellationToken) =>
        CauseFacts.PresentAsync(context, e.OrgId, e.ProjectId, Cause, e.InvoiceId.ToString(), FunctionKey,
            $"The invoice of {e.VendorName} for {Words.Amount(e.Amount, e.Currency)} was due on {Words.Date(e.DueOn)} and was still unpaid on "
            + $"{Words.Date(e.DetectedOn)}, {e.DetectedOn.DayNumber - e.DueOn.DayNumber} days past its terms.",
            Words.StartOf(e.DetectedOn), cancellationToken);

    public Task ApplyAsync(VendorInvoicePaid e, ProjectionContext context, CancellationToken cancellationToken) =>
        CauseFacts.GoneAsync(context, e.OrgId, e.ProjectId, Cause, e.InvoiceId.ToString(), Words.StartOf(e.PaidOn), forGood: true, cancellationToken);
}
