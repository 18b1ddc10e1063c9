namespace Crewline.Ownership.Domain.Ledger;

/// <summary>A vendor's invoice: due <see cref="PaymentTermsDays"/> days after it was received (R-OWN-6).</summary>
public sealed class VendorInvoice
{
    private VendorInvoice() { }

    internal VendorInvoice(Guid id, string vendorName, decimal amount, DateOnly receivedOn, int paymentTermsDays)
    {
        Id = id;
        VendorName = vendorName;
        Amount = amount;
        ReceivedOn = receivedOn;
        PaymentTermsDays = paymentTermsDays;
    }

    public Guid Id { get; private set; }
    public string VendorName { get; private set; } = "";
    public decimal Amount { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public int PaymentTermsDays { get; private set; }
    public DateOnly? PaidOn { get; private set; }

    public DateOnly DueOn => ReceivedOn.AddDays(PaymentTermsDays);

    /// <summary>Unpaid as of the day (paid later counts as unpaid then).</summary>
    public bool IsUnpaidOn(DateOnly day) => PaidOn is not { } paid || paid > day;

    /// <summary>Days past the due date as of the day, for an unpaid invoice; 0 when not overdue.</summary>
    public int DaysOverdueOn(DateOnly day) => IsUnpaidOn(day) ? Math.Max(0, day.DayNumber - DueOn.DayNumber) : 0;

    internal void MarkPaid(DateOnly paidOn) => PaidOn = paidOn;
}
