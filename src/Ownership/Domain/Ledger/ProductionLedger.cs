using Crewline.BuildingBlocks.Domain;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Tenancy;
using Crewline.Ownership.Domain.Findings;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Projects;

namespace Crewline.Ownership.Domain.Ledger;

/// <summary>
/// A project's production ledger, in one currency (ISO-style, 3 letters): budget lines, edited
/// only by a member holding an owner role of <c>production-budget</c>; vendor invoices, managed
/// by the owner of <c>vendor-invoices</c>, and marked paid by the owner of <c>vendor-payments</c>
/// (R-OWN-2, R-OWN-6). Ownership is read from the project's matrix, not assumed to be the producer.
/// </summary>
public sealed class ProductionLedger : AggregateRoot, IOrgOwned
{
    public const int MaxDescriptionLength = 200;
    public const int MaxVendorNameLength = 200;
    public const int MaxPaymentTermsDays = 365;

    private readonly List<BudgetLine> _lines = [];
    private readonly List<VendorInvoice> _invoices = [];

    private ProductionLedger() { }

    /// <summary>Equals <see cref="ProjectId"/>: one ledger per project.</summary>
    public Guid Id { get; private set; }
    public Guid OrgId { get; private set; }
    public Guid ProjectId { get; private set; }
    public string Currency { get; private set; } = "";
    public IReadOnlyList<BudgetLine> Lines => _lines;
    public IReadOnlyList<VendorInvoice> Invoices => _invoices;

    public static ProductionLedger Open(Guid orgId, Guid projectId, string currency)
    {
        if (!IsCurrencyCode(currency))
            throw new ValidationException("currency", "A currency is a 3-letter code such as EUR or USD.");
        return new ProductionLedger { Id = projectId, OrgId = orgId, ProjectId = projectId, Currency = currency.ToUpperInvariant() };
    }

    public BudgetLine AddBudgetLine(
        IProjectOwnership project, Guid actorId, Guid lineId, BudgetCategory category, string description,
        decimal estimate, decimal actual, string currency)
    {
        var violations = AmountViolations(estimate, actual, currency);
        if (!Enum.IsDefined(category)) violations.Add(new("category", "Unknown budget category."));
        if (string.IsNullOrWhiteSpace(description) || description.Trim().Length > MaxDescriptionLength)
            violations.Add(new("description", $"A description has 1 to {MaxDescriptionLength} characters."));
        if (_lines.Any(l => l.Id == lineId)) violations.Add(new("line_id", "A budget line with this id already exists."));
        if (violations.Count > 0) throw new ValidationException(violations);
        EnsureOwner(project, actorId, FunctionKeys.ProductionBudget, "edit budget lines");

        var line = new BudgetLine(lineId, category, description.Trim(), estimate, actual);
        _lines.Add(line);
        Raise(new BudgetLineSet(OrgId, ProjectId, lineId, category, estimate, actual, Currency, actorId));
        return line;
    }

    public void UpdateBudgetLine(IProjectOwnership project, Guid actorId, Guid lineId, decimal estimate, decimal actual, string currency)
    {
        var line = _lines.SingleOrDefault(l => l.Id == lineId) ?? throw new NotFoundException("Budget line", lineId.ToString());
        var violations = AmountViolations(estimate, actual, currency);
        if (violations.Count > 0) throw new ValidationException(violations);
        EnsureOwner(project, actorId, FunctionKeys.ProductionBudget, "edit budget lines");

        line.Set(estimate, actual);
        Raise(new BudgetLineSet(OrgId, ProjectId, lineId, line.Category, estimate, actual, Currency, actorId));
    }

    public VendorInvoice ReceiveInvoice(
        IProjectOwnership project, Guid actorId, Guid invoiceId, string vendorName, decimal amount, string currency,
        DateOnly receivedOn, int paymentTermsDays)
    {
        var violations = new List<FieldViolation>();
        if (string.IsNullOrWhiteSpace(vendorName) || vendorName.Trim().Length > MaxVendorNameLength)
            violations.Add(new("vendor_name", $"A vendor name has 1 to {MaxVendorNameLength} characters."));
        if (amount <= 0) violations.Add(new("amount", "An invoice amount is more than zero."));
        AddCurrencyViolation(violations, currency);
        if (paymentTermsDays is < 0 or > MaxPaymentTermsDays)
            violations.Add(new("payment_terms_days", $"Payment terms are 0 to {MaxPaymentTermsDays} days."));
        if (_invoices.Any(i => i.Id == invoiceId)) violations.Add(new("invoice_id", "An invoice with this id already exists."));
        if (violations.Count > 0) throw new ValidationException(violations);
        EnsureOwner(project, actorId, FunctionKeys.VendorInvoices, "manage vendor invoices");

        var invoice = new VendorInvoice(invoiceId, vendorName.Trim(), amount, receivedOn, paymentTermsDays);
        _invoices.Add(invoice);
        Raise(new VendorInvoiceReceived(OrgId, ProjectId, invoiceId, invoice.VendorName, amount, Currency, invoice.DueOn));
        return invoice;
    }

    public void MarkInvoicePaid(IProjectOwnership project, Guid actorId, Guid invoiceId, DateOnly paidOn)
    {
        var invoice = _invoices.SingleOrDefault(i => i.Id == invoiceId) ?? throw new NotFoundException("Vendor invoice", invoiceId.ToString());
        if (paidOn < invoice.ReceivedOn)
            throw new ValidationException("paid_on", $"Paid {paidOn:yyyy-MM-dd}, before it was received ({invoice.ReceivedOn:yyyy-MM-dd}).");
        EnsureOwner(project, actorId, FunctionKeys.VendorPayments, "mark vendor invoices paid");
        if (invoice.PaidOn is { } already)
            throw new RuleViolationException("R-OWN-6", $"The invoice from {invoice.VendorName} was already marked paid on {already:yyyy-MM-dd}.");

        invoice.MarkPaid(paidOn);
        Raise(new VendorInvoicePaid(OrgId, ProjectId, invoiceId, paidOn, actorId));
    }

    /// <summary>Estimate, actual and variance per category, every category listed (zero when it has no line).</summary>
    public IReadOnlyList<CategoryTotal> TotalsByCategory() =>
        Enum.GetValues<BudgetCategory>()
            .Select(c => new CategoryTotal(c,
                _lines.Where(l => l.Category == c).Sum(l => l.Estimate),
                _lines.Where(l => l.Category == c).Sum(l => l.Actual),
                Currency))
            .ToArray();

    /// <summary>
    /// R-FAIL-2: one finding per invoice unpaid past its due date as of <paramref name="asOf"/>,
    /// naming the vendor, the amount, the days overdue and who owns <c>vendor-invoices</c>.
    /// </summary>
    public IReadOnlyList<Finding> AgingInvoices(IProjectOwnership project, DateOnly asOf)
    {
        var owners = project.OwnersOf(FunctionKeys.VendorInvoices);
        var ownerText = owners.Count == 0 ? "nobody (a gap)" : string.Join(" and ", owners);
        var fix = owners.Count == 0
            ? Finding.FixNameAnOwner
            : $"The owner of {FunctionKeys.VendorInvoices} ({ownerText}) settles or chases the invoice; the owner of {FunctionKeys.VendorPayments} pays it.";
        return _invoices
            .Where(i => i.DaysOverdueOn(asOf) > 0)
            .OrderByDescending(i => i.DaysOverdueOn(asOf))
            .Select(i => new Finding(FindingKind.AgingWork, ProjectId, FunctionKeys.VendorInvoices,
                $"Invoice from {i.VendorName} for {i.Amount:0.00} {Currency}, received {i.ReceivedOn:yyyy-MM-dd} on {i.PaymentTermsDays}-day terms, "
                + $"was due {i.DueOn:yyyy-MM-dd} and is unpaid {i.DaysOverdueOn(asOf)} days past due as of {asOf:yyyy-MM-dd}; "
                + $"{FunctionKeys.VendorInvoices} is owned by {ownerText}.",
                fix))
            .ToArray();
    }

    private List<FieldViolation> AmountViolations(decimal estimate, decimal actual, string currency)
    {
        var violations = new List<FieldViolation>();
        if (estimate < 0) violations.Add(new("estimate", "An estimate is zero or more."));
        if (actual < 0) violations.Add(new("actual", "An actual is zero or more."));
        AddCurrencyViolation(violations, currency);
        return violations;
    }

    private void AddCurrencyViolation(List<FieldViolation> violations, string currency)
    {
        if (!IsCurrencyCode(currency)) violations.Add(new("currency", "A currency is a 3-letter code such as EUR or USD."));
        else if (!string.Equals(currency, Currency, StringComparison.OrdinalIgnoreCase))
            violations.Add(new("currency", $"This ledger is kept in {Currency}."));
    }

    private static bool IsCurrencyCode(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetter);

    private void EnsureOwner(IProjectOwnership project, Guid actorId, string functionKey, string what)
    {
        if (project.ProjectId != ProjectId)
            throw new ArgumentException("The ownership given is another project's.", nameof(project));
        var owners = project.OwnersOf(functionKey);
        if (owners.Count == 0)
            throw new RuleViolationException("R-OWN-7", $"Nobody owns {functionKey} in this project's matrix, so nobody may {what}: name an owner.");
        if (!project.RolesOf(actorId).Any(owners.Contains))
            throw new PermissionDeniedException($"Only the owner of {functionKey} ({string.Join(" and ", owners)}) may {what}.");
    }
}
