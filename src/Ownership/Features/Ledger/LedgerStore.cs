using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Outbox;
using Crewline.Ownership.Domain.Ledger;
using Crewline.Ownership.Infrastructure;
using Crewline.Ownership.Infrastructure.Plan;
using Microsoft.EntityFrameworkCore;
using Events = Crewline.Contracts.Events.Ownership;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Ledger;

/// <summary>Loads the caller's org's ledgers and turns what a ledger raised into integration events in the same save.</summary>
public sealed class LedgerStore(OwnershipDbContext db, EventOutbox outbox)
{
    public Task<ProductionLedger?> FindAsync(Guid projectId, CancellationToken cancellationToken) =>
        db.Set<ProductionLedger>().SingleOrDefaultAsync(l => l.Id == projectId, cancellationToken);

    /// <summary>
    /// The project's ledger, or one opened in <paramref name="currency"/> (the first money written fixes
    /// it). A currency problem is reported on <paramref name="currencyField"/>.
    /// </summary>
    public static ProductionLedger OpenOrUse(ProductionLedger? ledger, Guid orgId, Guid projectId, string currency, string currencyField)
    {
        try
        {
            return ledger ?? ProductionLedger.Open(orgId, projectId, currency);
        }
        catch (ValidationException ex)
        {
            throw Rename(ex, "currency", currencyField);
        }
    }

    /// <summary>Runs a domain call, naming the domain's <c>currency</c> violations after the request's Money field.</summary>
    public static T Run<T>(Func<T> call, string currencyField)
    {
        try
        {
            return call();
        }
        catch (ValidationException ex)
        {
            throw Rename(ex, "currency", currencyField);
        }
    }

    private static ValidationException Rename(ValidationException ex, string from, string to) =>
        new(ex.Violations.Select(v => v.Field == from ? new FieldViolation(to, v.Description) : v).ToList());

    public void Stage(ProductionLedger ledger, string actorSubject)
    {
        if (db.Entry(ledger).State == EntityState.Detached) db.Add(ledger);
        AggregateVersion.Touch(db, ledger);
        foreach (var raised in ledger.TakeDomainEvents())
        {
            switch (raised)
            {
                case BudgetLineSet e:
                    outbox.Enqueue(new Events.BudgetLineChanged(e.OrgId, e.ProjectId, e.LineId, e.Category.ContractName(), e.Estimate, e.Actual, e.Currency, actorSubject));
                    break;
                case VendorInvoiceReceived e:
                    outbox.Enqueue(new Events.VendorInvoiceReceived(e.OrgId, e.ProjectId, e.InvoiceId, e.VendorName, e.Amount, e.Currency, e.DueOn));
                    break;
                case VendorInvoicePaid e:
                    outbox.Enqueue(new Events.VendorInvoicePaid(e.OrgId, e.ProjectId, e.InvoiceId, e.PaidOn, actorSubject));
                    break;
                default:
                    throw new InvalidOperationException($"No integration event for {raised.GetType().Name}.");
            }
        }
    }

    /// <summary>Saves the unit of work (a concurrent first write of the same ledger is a conflict: see <see cref="BuildingBlocks.Concurrency.MergeOnConflict"/>).</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        outbox.NotifyCommitted();
    }
}
