using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Findings;
using Crewline.Ownership.Domain.Ledger;
using Crewline.Ownership.Domain.Roles;
using Crewline.Ownership.Domain.Tests.Fakes;
using static Crewline.Ownership.Domain.Functions.FunctionKeys;
using static Crewline.Ownership.Domain.Tests.Fakes.FakeProjectOwnership;

namespace Crewline.Ownership.Domain.Tests;

public sealed class LedgerTests
{
    private static readonly Guid Org = Guid.NewGuid();
    private static readonly DateOnly Jan10 = new(2026, 1, 10);

    private static (FakeProjectOwnership Project, ProductionLedger Ledger) NewLedger(FakeProjectOwnership? project = null)
    {
        project ??= WithPair();
        return (project, ProductionLedger.Open(Org, project.ProjectId, "EUR"));
    }

    [Fact]
    [Trait("Rule", "R-OWN-2")]
    public void R_OWN_2_the_owner_of_production_budget_keeps_budget_lines_and_totals_per_category()
    {
        var (project, ledger) = NewLedger();
        ledger.AddBudgetLine(project, Producer, Guid.NewGuid(), BudgetCategory.Shoot, "Day 1 crew", 10_000m, 11_500m, "EUR");
        ledger.AddBudgetLine(project, Producer, Guid.NewGuid(), BudgetCategory.Shoot, "Day 2 crew", 8_000m, 7_000m, "eur");
        var post = ledger.AddBudgetLine(project, Producer, Guid.NewGuid(), BudgetCategory.Post, "Edit suite", 5_000m, 0m, "EUR");
        ledger.UpdateBudgetLine(project, Producer, post.Id, 5_000m, 5_600m, "EUR");

        var totals = ledger.TotalsByCategory();

        Assert.Equal(5, totals.Count);
        var shoot = totals.Single(t => t.Category == BudgetCategory.Shoot);
        Assert.Equal((18_000m, 18_500m, 500m), (shoot.Estimate, shoot.Actual, shoot.Variance));
        Assert.Equal(600m, totals.Single(t => t.Category == BudgetCategory.Post).Variance);
        Assert.Equal(0m, totals.Single(t => t.Category == BudgetCategory.Location).Estimate);
        Assert.Equal(4, ledger.DomainEvents.OfType<BudgetLineSet>().Count());
    }

    [Fact]
    [Trait("Rule", "R-OWN-2")]
    public void R_OWN_2_the_pm_cannot_edit_production_budget_lines()
    {
        var (project, ledger) = NewLedger();
        var line = ledger.AddBudgetLine(project, Producer, Guid.NewGuid(), BudgetCategory.Vendor, "Catering", 1_000m, 0m, "EUR");

        Assert.Throws<PermissionDeniedException>(() =>
            ledger.AddBudgetLine(project, Pm, Guid.NewGuid(), BudgetCategory.Location, "Studio", 2_000m, 0m, "EUR"));
        Assert.Throws<PermissionDeniedException>(() => ledger.UpdateBudgetLine(project, Pm, line.Id, 1_000m, 900m, "EUR"));
    }

    [Fact]
    [Trait("Rule", "R-OWN-2")]
    public void R_OWN_2_the_matrix_decides_who_edits_the_budget_and_both_hats_may()
    {
        var (reassigned, ledger) = NewLedger(WithPair().Own(ProductionBudget, ProjectRole.ProjectManager));
        ledger.AddBudgetLine(reassigned, Pm, Guid.NewGuid(), BudgetCategory.Location, "Studio", 2_000m, 0m, "EUR");
        Assert.Throws<PermissionDeniedException>(() =>
            ledger.AddBudgetLine(reassigned, Producer, Guid.NewGuid(), BudgetCategory.Location, "Studio", 2_000m, 0m, "EUR"));

        var (bothHats, ledger2) = NewLedger(WithBothHats());
        ledger2.AddBudgetLine(bothHats, BothHats, Guid.NewGuid(), BudgetCategory.TalentAndCrew, "Cast", 3_000m, 0m, "EUR");
        Assert.Single(ledger2.Lines);
    }

    [Fact]
    public void Negative_amounts_and_bad_currencies_are_validation_errors()
    {
        var (project, ledger) = NewLedger();

        var negative = Assert.Throws<ValidationException>(() =>
            ledger.AddBudgetLine(project, Producer, Guid.NewGuid(), BudgetCategory.Shoot, "Crew", -1m, -2m, "EUR"));
        var currency = Assert.Throws<ValidationException>(() =>
            ledger.AddBudgetLine(project, Producer, Guid.NewGuid(), BudgetCategory.Shoot, "Crew", 1m, 0m, "EU"));
        var otherCurrency = Assert.Throws<ValidationException>(() =>
            ledger.AddBudgetLine(project, Producer, Guid.NewGuid(), BudgetCategory.Shoot, "Crew", 1m, 0m, "USD"));
        var zeroInvoice = Assert.Throws<ValidationException>(() =>
            ledger.ReceiveInvoice(project, Producer, Guid.NewGuid(), "Grip Co", 0m, "EUR", Jan10, 30));

        Assert.Equal(["estimate", "actual"], negative.Violations.Select(v => v.Field));
        Assert.Equal("currency", Assert.Single(currency.Violations).Field);
        Assert.Equal("currency", Assert.Single(otherCurrency.Violations).Field);
        Assert.Equal("amount", Assert.Single(zeroInvoice.Violations).Field);
        Assert.Throws<ValidationException>(() => ProductionLedger.Open(Org, Guid.NewGuid(), "E1R"));
    }

    [Fact]
    [Trait("Rule", "R-OWN-6")]
    public void R_OWN_6_invoices_are_managed_by_the_owner_of_vendor_invoices_and_paid_by_the_owner_of_vendor_payments()
    {
        var project = WithPair().Own(VendorPayments, ProjectRole.ProjectManager);
        var (_, ledger) = NewLedger(project);

        Assert.Throws<PermissionDeniedException>(() => ledger.ReceiveInvoice(project, Pm, Guid.NewGuid(), "Grip Co", 1_200m, "EUR", Jan10, 30));
        var invoice = ledger.ReceiveInvoice(project, Producer, Guid.NewGuid(), "Grip Co", 1_200m, "EUR", Jan10, 30);
        Assert.Equal(Jan10.AddDays(30), invoice.DueOn);

        Assert.Throws<PermissionDeniedException>(() => ledger.MarkInvoicePaid(project, Producer, invoice.Id, Jan10.AddDays(20)));
        ledger.MarkInvoicePaid(project, Pm, invoice.Id, Jan10.AddDays(20));
        Assert.Equal(Jan10.AddDays(20), invoice.PaidOn);
        Assert.IsType<VendorInvoicePaid>(ledger.DomainEvents[^1]);
        Assert.Throws<RuleViolationException>(() => ledger.MarkInvoicePaid(project, Pm, invoice.Id, Jan10.AddDays(21)));
    }

    [Fact]
    [Trait("Rule", "R-OWN-7")]
    public void R_OWN_7_nobody_manages_invoices_of_an_unowned_function()
    {
        var project = WithPair().Unown(VendorInvoices);
        var (_, ledger) = NewLedger(project);

        var error = Assert.Throws<RuleViolationException>(() =>
            ledger.ReceiveInvoice(project, Producer, Guid.NewGuid(), "Grip Co", 1_200m, "EUR", Jan10, 30));
        Assert.Equal("R-OWN-7", error.RuleId);
    }

    [Fact]
    public void Paid_before_received_is_a_validation_error_on_paid_on()
    {
        var (project, ledger) = NewLedger();
        var invoice = ledger.ReceiveInvoice(project, Producer, Guid.NewGuid(), "Grip Co", 1_200m, "EUR", Jan10, 30);

        var error = Assert.Throws<ValidationException>(() => ledger.MarkInvoicePaid(project, Producer, invoice.Id, Jan10.AddDays(-1)));
        Assert.Equal("paid_on", Assert.Single(error.Violations).Field);
    }

    [Fact]
    [Trait("Rule", "R-FAIL-2")]
    public void R_FAIL_2_unpaid_invoices_past_terms_are_aging_work_naming_vendor_amount_days_and_owner()
    {
        var (project, ledger) = NewLedger();
        ledger.ReceiveInvoice(project, Producer, Guid.NewGuid(), "Grip Co", 1_200m, "EUR", Jan10, 30);       // due Feb 9
        ledger.ReceiveInvoice(project, Producer, Guid.NewGuid(), "Lens Rental", 800m, "EUR", Jan10, 60);     // due Mar 11
        var paid = ledger.ReceiveInvoice(project, Producer, Guid.NewGuid(), "Caterer", 300m, "EUR", Jan10, 14);
        ledger.MarkInvoicePaid(project, Producer, paid.Id, Jan10.AddDays(10));

        var finding = Assert.Single(ledger.AgingInvoices(project, new DateOnly(2026, 2, 23)));

        Assert.Equal(FindingKind.AgingWork, finding.Kind);
        Assert.Equal(VendorInvoices, finding.FunctionKey);
        Assert.Equal(project.ProjectId, finding.ProjectId);
        Assert.Equal("R-FAIL-2", finding.RuleId);
        Assert.Contains("Grip Co", finding.Evidence);
        Assert.Contains("1200.00 EUR", finding.Evidence);
        Assert.Contains("14 days past due", finding.Evidence);
        Assert.Contains("owned by Producer", finding.Evidence);
    }

    [Fact]
    [Trait("Rule", "R-FAIL-2")]
    public void R_FAIL_2_an_invoice_on_its_due_date_is_not_yet_aging_and_a_later_payment_still_counted_as_unpaid_then()
    {
        var (project, ledger) = NewLedger();
        var invoice = ledger.ReceiveInvoice(project, Producer, Guid.NewGuid(), "Grip Co", 1_200m, "EUR", Jan10, 30);
        ledger.MarkInvoicePaid(project, Producer, invoice.Id, invoice.DueOn.AddDays(5));

        Assert.Empty(ledger.AgingInvoices(project, invoice.DueOn));
        Assert.Single(ledger.AgingInvoices(project, invoice.DueOn.AddDays(2)));
        Assert.Empty(ledger.AgingInvoices(project, invoice.DueOn.AddDays(5)));
    }

    [Fact]
    [Trait("Rule", "R-FAIL-2")]
    public void R_FAIL_2_aging_invoices_of_an_unowned_function_carry_the_name_an_owner_fix()
    {
        var project = WithPair();
        var (_, ledger) = NewLedger(project);
        ledger.ReceiveInvoice(project, Producer, Guid.NewGuid(), "Grip Co", 1_200m, "EUR", Jan10, 30);
        project.Unown(VendorInvoices);

        var finding = Assert.Single(ledger.AgingInvoices(project, Jan10.AddDays(45)));

        Assert.Equal(Finding.FixNameAnOwner, finding.Fix);
        Assert.Contains("owned by nobody", finding.Evidence);
    }
}
