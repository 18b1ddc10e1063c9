using Crewline.BuildingBlocks.Validation;
using System.Globalization;
using Crewline.BuildingBlocks.Concurrency;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Paging;
using Crewline.Ownership.Domain.Ledger;
using Crewline.Ownership.Features.Access;
using Crewline.Ownership.Infrastructure.Concurrency;
using Crewline.Ownership.Features.Plan;
using Crewline.ServiceDefaults.Auth;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Ledger;

/// <summary>
/// The production ledger's use cases (R-OWN-2, R-OWN-6, R-FAIL-2): every member reads; the owners of
/// production-budget, vendor-invoices and vendor-payments (from the project's matrix) write.
/// Edits of different lines or invoices at once all succeed (<see cref="MergeOnConflict"/>).
/// </summary>
public sealed class LedgerHandlers(ProjectAccess access, LedgerStore ledgers, IdempotencyStore idempotency, MergeOnConflict merge, TimeProvider clock)
{
    public async Task<Proto.BudgetLine> AddBudgetLineAsync(Proto.AddBudgetLineRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator.KnownEnum(request.Category, "category")
            .RequiredText(request.Description, "description", ProductionLedger.MaxDescriptionLength)
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength);
        var (estimate, currency) = validator.MoneyAmount(request.Estimate, "estimate");
        var (actual, actualCurrency) = validator.MoneyAmount(request.Actual, "actual");
        validator.Check(estimate >= 0, "estimate", "must be zero or more");
        validator.Check(actual >= 0, "actual", "must be zero or more");
        if (request.Estimate is not null && request.Actual is not null)
            validator.Check(string.Equals(currency, actualCurrency, StringComparison.OrdinalIgnoreCase), "actual.currency_code", "must be the estimate's currency");
        validator.ThrowIfInvalid();

        var lineId = await EditAsync(projectId, caller, _ => TouchedRows.NewRowsOnly("The budget"), async (member, existing, ct2) =>
        {
            var id = await idempotency.RunOnceAsync($"AddBudgetLine:{projectId}", request.IdempotencyKey, request, () =>
            {
                var ledger = LedgerStore.OpenOrUse(existing, caller.OrgId, projectId, currency, "estimate.currency_code");
                var line = LedgerStore.Run(() => ledger.AddBudgetLine(member.Project, member.PersonId, Guid.CreateVersion7(),
                    request.Category.ToDomain(), request.Description, estimate, actual, currency), "estimate.currency_code");
                ledgers.Stage(ledger, caller.Subject);
                return line.Id;
            }, ct2);
            await ledgers.SaveAsync(ct2);
            return id;
        }, ct);
        var saved = await ledgers.FindAsync(projectId, ct) ?? throw new NotFoundException("Ledger", projectId.ToString());
        return saved.Lines.Single(l => l.Id == lineId).ToProto(saved.Currency);
    }

    public async Task<Proto.BudgetLine> UpdateBudgetLineAsync(Proto.UpdateBudgetLineRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var lineId = validator.Uuid(request.LineId, "line_id");
        var (estimate, currency) = validator.MoneyAmount(request.Estimate, "estimate");
        var (actual, actualCurrency) = validator.MoneyAmount(request.Actual, "actual");
        validator.Check(estimate >= 0, "estimate", "must be zero or more");
        validator.Check(actual >= 0, "actual", "must be zero or more");
        if (request.Estimate is not null && request.Actual is not null)
            validator.Check(string.Equals(currency, actualCurrency, StringComparison.OrdinalIgnoreCase), "actual.currency_code", "must be the estimate's currency");
        validator.ThrowIfInvalid();

        return await EditAsync(projectId, caller, ledger => LedgerRows.BudgetLine(ledger, lineId), async (member, ledger, ct2) =>
        {
            if (ledger is null) throw new NotFoundException("Budget line", lineId.ToString());
            LedgerStore.Run(() =>
            {
                ledger.UpdateBudgetLine(member.Project, member.PersonId, lineId, estimate, actual, currency);
                return 0;
            }, "estimate.currency_code");
            ledgers.Stage(ledger, caller.Subject);
            await ledgers.SaveAsync(ct2);
            return ledger.Lines.Single(l => l.Id == lineId).ToProto(ledger.Currency);
        }, ct);
    }

    public async Task<Proto.Budget> GetBudgetAsync(Proto.GetBudgetRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();
        await access.RequireMemberAsync(projectId, caller, ct);
        var ledger = await ledgers.FindAsync(projectId, ct);
        var budget = new Proto.Budget { ProjectId = projectId.ToString() };
        if (ledger is null) return budget;
        budget.CurrencyCode = ledger.Currency;
        budget.Lines.AddRange(ledger.Lines.Select(l => l.ToProto(ledger.Currency)));
        budget.Totals.AddRange(ledger.TotalsByCategory().Select(t => new Proto.CategoryTotal
        {
            Category = t.Category.ToProto(),
            Estimate = t.Estimate.ToProtoMoney(t.Currency),
            Actual = t.Actual.ToProtoMoney(t.Currency),
            Variance = t.Variance.ToProtoMoney(t.Currency),
        }));
        return budget;
    }

    public async Task<Proto.VendorInvoice> ReceiveInvoiceAsync(Proto.ReceiveVendorInvoiceRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator.RequiredText(request.VendorName, "vendor_name", ProductionLedger.MaxVendorNameLength)
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength)
            .Check(request.PaymentTermsDays is >= 0 and <= ProductionLedger.MaxPaymentTermsDays, "payment_terms_days",
                $"must be 0 to {ProductionLedger.MaxPaymentTermsDays} days");
        var (amount, currency) = validator.MoneyAmount(request.Amount, "amount");
        validator.Check(amount > 0, "amount", "must be more than zero");
        var receivedOn = validator.CalendarDay(request.ReceivedOn, "received_on");
        validator.ThrowIfInvalid();

        var invoiceId = await EditAsync(projectId, caller, _ => TouchedRows.NewRowsOnly("The ledger"), async (member, existing, ct2) =>
        {
            var id = await idempotency.RunOnceAsync($"ReceiveVendorInvoice:{projectId}", request.IdempotencyKey, request, () =>
            {
                var ledger = LedgerStore.OpenOrUse(existing, caller.OrgId, projectId, currency, "amount.currency_code");
                var invoice = LedgerStore.Run(() => ledger.ReceiveInvoice(member.Project, member.PersonId, Guid.CreateVersion7(),
                    request.VendorName, amount, currency, receivedOn, request.PaymentTermsDays), "amount.currency_code");
                ledgers.Stage(ledger, caller.Subject);
                return invoice.Id;
            }, ct2);
            await ledgers.SaveAsync(ct2);
            return id;
        }, ct);
        var saved = await ledgers.FindAsync(projectId, ct) ?? throw new NotFoundException("Ledger", projectId.ToString());
        return saved.Invoices.Single(i => i.Id == invoiceId).ToProto(saved.Currency);
    }

    public async Task<Proto.VendorInvoice> MarkPaidAsync(Proto.MarkVendorInvoicePaidRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var invoiceId = validator.Uuid(request.InvoiceId, "invoice_id");
        var paidOn = validator.CalendarDay(request.PaidOn, "paid_on");
        validator.ThrowIfInvalid();

        return await EditAsync(projectId, caller, ledger => LedgerRows.Invoice(ledger, invoiceId), async (member, ledger, ct2) =>
        {
            if (ledger is null) throw new NotFoundException("Vendor invoice", invoiceId.ToString());
            ledger.MarkInvoicePaid(member.Project, member.PersonId, invoiceId, paidOn);
            ledgers.Stage(ledger, caller.Subject);
            await ledgers.SaveAsync(ct2);
            return ledger.Invoices.Single(i => i.Id == invoiceId).ToProto(ledger.Currency);
        }, ct);
    }

    public async Task<Proto.ListVendorInvoicesResponse> ListInvoicesAsync(Proto.ListVendorInvoicesRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var size = PageToken.Size(request.PageSize, validator);
        var after = DecodeCursor(PageToken.Decode(request.PageToken, validator), validator);
        validator.ThrowIfInvalid();

        await access.RequireMemberAsync(projectId, caller, ct);
        var ledger = await ledgers.FindAsync(projectId, ct);
        var response = new Proto.ListVendorInvoicesResponse();
        if (ledger is null) return response;
        var ordered = ledger.Invoices.OrderBy(i => i.ReceivedOn).ThenBy(i => i.Id)
            .Where(i => after is not { } a || i.ReceivedOn > a.Day || (i.ReceivedOn == a.Day && i.Id.CompareTo(a.Id) > 0))
            .Take(size + 1).ToList();
        var page = ordered.Take(size).ToList();
        response.Invoices.AddRange(page.Select(i => i.ToProto(ledger.Currency)));
        if (ordered.Count > size)
            response.NextPageToken = PageToken.Encode($"{page[^1].ReceivedOn:yyyy-MM-dd}|{page[^1].Id}");
        return response;
    }

    public async Task<Proto.InvoiceAging> GetAgingAsync(Proto.GetInvoiceAgingRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var asOf = request.AsOf is null ? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) : validator.CalendarDay(request.AsOf, "as_of");
        validator.ThrowIfInvalid();

        var member = await access.RequireMemberAsync(projectId, caller, ct);
        var ledger = await ledgers.FindAsync(projectId, ct);
        var aging = new Proto.InvoiceAging { AsOf = asOf.ToProtoDate() };
        if (ledger is not null) aging.Findings.AddRange(ledger.AgingInvoices(member.Project, asOf).Select(f => f.ToProto()));
        return aging;
    }

    /// <summary>Reads the caller's membership and the ledger (null before its first line or invoice), then changes it (<see cref="MergeOnConflict"/>).</summary>
    private Task<T> EditAsync<T>(Guid projectId, CallerIdentity caller, Func<ProductionLedger?, TouchedRows> touches,
        Func<ProjectMembership, ProductionLedger?, CancellationToken, Task<T>> applyAndSave, CancellationToken ct) =>
        merge.RunAsync(
            async ct2 => (Member: await access.RequireMemberAsync(projectId, caller, ct2), Ledger: await ledgers.FindAsync(projectId, ct2)),
            read => touches(read.Ledger),
            (read, ct2) => applyAndSave(read.Member, read.Ledger, ct2),
            ct);

    private static (DateOnly Day, Guid Id)? DecodeCursor(string? key, RequestValidator validator)
    {
        if (key is null) return null;
        var parts = key.Split('|');
        if (parts.Length == 2 && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && Guid.TryParse(parts[1], out var id))
            return (day, id);
        validator.Check(false, "page_token", "is not a token this API returned");
        return null;
    }
}
