using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Domain.Portfolio;

/// <summary>A vendor invoice of a project (R-OWN-6). Paid may arrive before received: the row is a placeholder until then.</summary>
public sealed class InvoiceRow : IOrgOwned
{
    public Guid InvoiceId { get; init; }
    public Guid OrgId { get; init; }
    public Guid ProjectId { get; init; }
    public string VendorName { get; set; } = "";
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "";
    public DateOnly? DueOn { get; set; }
    public DateOnly? PaidOn { get; set; }
    public bool Received { get; set; }

    public bool IsUnpaid => Received && PaidOn is null;
    public int DaysPastTerms(DateOnly today) => DueOn is { } due ? today.DayNumber - due.DayNumber : 0;
}
