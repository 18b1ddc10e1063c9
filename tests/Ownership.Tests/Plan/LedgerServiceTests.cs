using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Ledger;
using Crewline.TestSupport;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crewline.Ownership.Tests.Plan;

[Collection(OwnershipCollection.Name)]
public sealed class LedgerServiceTests(OwnershipFixture fixture)
{
    private readonly PlanProjects _plans = new(fixture);

    private static Google.Type.Money Eur(long units, int nanos = 0) => new() { CurrencyCode = "EUR", Units = units, Nanos = nanos };

    private static Google.Type.Date Day(DateOnly d) => new() { Year = d.Year, Month = d.Month, Day = d.Day };

    [Fact]
    public async Task A_negative_amount_is_InvalidArgument_on_the_amount_field_and_stores_nothing()
    {
        var project = await _plans.NewProjectAsync();
        var producer = _plans.Ledger(project, "producer-sam");

        await RpcAssert.InvalidArgumentOn("estimate", () => producer.AddBudgetLineAsync(new AddBudgetLineRequest
        {
            ProjectId = project.ProjectId.ToString(), Category = BudgetCategory.Shoot, Description = "Studio", Estimate = Eur(-100), Actual = Eur(0),
        }).ResponseAsync);
        await RpcAssert.InvalidArgumentOn("amount", () => producer.ReceiveVendorInvoiceAsync(new ReceiveVendorInvoiceRequest
        {
            ProjectId = project.ProjectId.ToString(), VendorName = "Grip house", Amount = Eur(-5, -500_000_000),
            ReceivedOn = Day(new DateOnly(2027, 1, 5)), PaymentTermsDays = 30,
        }).ResponseAsync);

        var budget = await producer.GetBudgetAsync(new GetBudgetRequest { ProjectId = project.ProjectId.ToString() });
        Assert.Empty(budget.Lines);
        Assert.Empty((await producer.ListVendorInvoicesAsync(new ListVendorInvoicesRequest { ProjectId = project.ProjectId.ToString() })).Invoices);
        Assert.Empty(await project.EventsSinceSetupAsync());
    }

    [Fact]
    public async Task R_OWN_2_only_the_owner_of_production_budget_edits_budget_lines_and_totals_show_estimate_actual_and_variance()
    {
        var project = await _plans.NewProjectAsync();
        var producer = _plans.Ledger(project, "producer-sam");
        var pm = _plans.Ledger(project, "pm-alex");
        var pid = project.ProjectId.ToString();

        var studio = await producer.AddBudgetLineAsync(new AddBudgetLineRequest
            { ProjectId = pid, Category = BudgetCategory.Shoot, Description = "Studio", Estimate = Eur(10_000), Actual = Eur(0) });
        await producer.AddBudgetLineAsync(new AddBudgetLineRequest
            { ProjectId = pid, Category = BudgetCategory.Shoot, Description = "Catering", Estimate = Eur(1_500, 250_000_000), Actual = Eur(1_800) });
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => pm.AddBudgetLineAsync(new AddBudgetLineRequest
            { ProjectId = pid, Category = BudgetCategory.Post, Description = "Grade", Estimate = Eur(3_000), Actual = Eur(0) }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => pm.UpdateBudgetLineAsync(new UpdateBudgetLineRequest
            { ProjectId = pid, LineId = studio.LineId, Estimate = Eur(1), Actual = Eur(1) }).ResponseAsync);

        var updated = await producer.UpdateBudgetLineAsync(new UpdateBudgetLineRequest
            { ProjectId = pid, LineId = studio.LineId, Estimate = Eur(10_000), Actual = Eur(11_000) });
        Assert.Equal(Eur(1_000), updated.Variance);

        var budget = await pm.GetBudgetAsync(new GetBudgetRequest { ProjectId = pid });
        Assert.Equal("EUR", budget.CurrencyCode);
        Assert.Equal(["Studio", "Catering"], budget.Lines.Select(l => l.Description));
        var shoot = budget.Totals.Single(t => t.Category == BudgetCategory.Shoot);
        Assert.Equal(Eur(11_500, 250_000_000), shoot.Estimate);
        Assert.Equal(Eur(12_800), shoot.Actual);
        Assert.Equal(Eur(1_299, 750_000_000), shoot.Variance);
        Assert.Equal(Eur(0), budget.Totals.Single(t => t.Category == BudgetCategory.Post).Estimate);
        Assert.Equal(3, (await project.EventsSinceSetupAsync()).Count(m => m.MessageType.StartsWith("Crewline.Contracts.Events.Ownership.BudgetLineChanged,")));

        await RpcAssert.InvalidArgumentOn("estimate.currency_code", () => producer.AddBudgetLineAsync(new AddBudgetLineRequest
        {
            ProjectId = pid, Category = BudgetCategory.Post, Description = "Grade",
            Estimate = new Google.Type.Money { CurrencyCode = "USD", Units = 5 }, Actual = new Google.Type.Money { CurrencyCode = "USD" },
        }).ResponseAsync);
    }

    [Fact]
    public async Task R_FAIL_2_an_overdue_unpaid_invoice_is_an_aging_finding_and_is_published_overdue_once()
    {
        var project = await _plans.NewProjectAsync();
        var producer = _plans.Ledger(project, "producer-sam");
        var pm = _plans.Ledger(project, "pm-alex");
        var pid = project.ProjectId.ToString();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var overdue = await producer.ReceiveVendorInvoiceAsync(new ReceiveVendorInvoiceRequest
            { ProjectId = pid, VendorName = "Lighting rental", Amount = Eur(4_200), ReceivedOn = Day(today.AddDays(-60)), PaymentTermsDays = 30 });
        var recent = await producer.ReceiveVendorInvoiceAsync(new ReceiveVendorInvoiceRequest
            { ProjectId = pid, VendorName = "Location fee", Amount = Eur(900), ReceivedOn = Day(today.AddDays(-5)), PaymentTermsDays = 30 });
        Assert.Equal(Day(today.AddDays(-30)), overdue.DueOn);

        var aging = await pm.GetInvoiceAgingAsync(new GetInvoiceAgingRequest { ProjectId = pid, AsOf = Day(today) });
        var finding = Assert.Single(aging.Findings);
        Assert.Equal("R-FAIL-2", finding.RuleId);
        Assert.Equal("vendor-invoices", finding.FunctionKey);
        Assert.Contains("Lighting rental", finding.Evidence);
        Assert.Contains("30 days past due", finding.Evidence);

        // The scan publishes VendorInvoiceOverdue for the overdue invoice only, once.
        await Eventually.Until(async () => (await project.EventsSinceSetupAsync())
            .Any(m => m.MessageType.StartsWith("Crewline.Contracts.Events.Ownership.VendorInvoiceOverdue,")));
        var scanner = _plans.Service.Services.GetServices<IHostedService>().OfType<OverdueInvoiceScanner>().Single();
        await scanner.ScanOnceAsync(CancellationToken.None);
        var notices = (await project.EventsSinceSetupAsync())
            .Where(m => m.MessageType.StartsWith("Crewline.Contracts.Events.Ownership.VendorInvoiceOverdue,")).ToList();
        Assert.Contains(overdue.InvoiceId, Assert.Single(notices).Payload);

        // Only the owner of vendor-payments (the PM here) marks it paid; then it no longer ages.
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => producer.MarkVendorInvoicePaidAsync(new MarkVendorInvoicePaidRequest
            { ProjectId = pid, InvoiceId = overdue.InvoiceId, PaidOn = Day(today) }).ResponseAsync);
        var paid = await pm.MarkVendorInvoicePaidAsync(new MarkVendorInvoicePaidRequest { ProjectId = pid, InvoiceId = overdue.InvoiceId, PaidOn = Day(today) });
        Assert.Equal(Day(today), paid.PaidOn);
        Assert.Empty((await pm.GetInvoiceAgingAsync(new GetInvoiceAgingRequest { ProjectId = pid, AsOf = Day(today) })).Findings);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => pm.MarkVendorInvoicePaidAsync(new MarkVendorInvoicePaidRequest
            { ProjectId = pid, InvoiceId = overdue.InvoiceId, PaidOn = Day(today) }).ResponseAsync);

        var page1 = await pm.ListVendorInvoicesAsync(new ListVendorInvoicesRequest { ProjectId = pid, PageSize = 1 });
        var page2 = await pm.ListVendorInvoicesAsync(new ListVendorInvoicesRequest { ProjectId = pid, PageSize = 1, PageToken = page1.NextPageToken });
        Assert.Equal([overdue.InvoiceId, recent.InvoiceId], page1.Invoices.Concat(page2.Invoices).Select(i => i.InvoiceId));
        Assert.Equal("", page2.NextPageToken);
    }

    [Fact]
    public async Task Another_orgs_ledger_is_NotFound()
    {
        var project = await _plans.NewProjectAsync();
        var producer = _plans.Ledger(project, "producer-sam");
        var line = await producer.AddBudgetLineAsync(new AddBudgetLineRequest
            { ProjectId = project.ProjectId.ToString(), Category = BudgetCategory.Vendor, Description = "Props", Estimate = Eur(800), Actual = Eur(0) });

        var other = await _plans.NewProjectAsync();
        var stranger = new LedgerService.LedgerServiceClient(_plans.Channel("producer-sam", other.OrgId));
        await RpcAssert.FailsWith(StatusCode.NotFound, () =>
            stranger.GetBudgetAsync(new GetBudgetRequest { ProjectId = project.ProjectId.ToString() }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => stranger.UpdateBudgetLineAsync(new UpdateBudgetLineRequest
            { ProjectId = other.ProjectId.ToString(), LineId = line.LineId, Estimate = Eur(1), Actual = Eur(1) }).ResponseAsync);
    }
}
