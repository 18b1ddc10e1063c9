namespace Crewline.Ownership.Domain.Ledger;

public sealed record BudgetLineSet(Guid OrgId, Guid ProjectId, Guid LineId, BudgetCategory Category, decimal Estimate, decimal Actual, string Currency, Guid SetBy);

public sealed record VendorInvoiceReceived(Guid OrgId, Guid ProjectId, Guid InvoiceId, string VendorName, decimal Amount, string Currency, DateOnly DueOn);

public sealed record VendorInvoicePaid(Guid OrgId, Guid ProjectId, Guid InvoiceId, DateOnly PaidOn, Guid MarkedBy);
