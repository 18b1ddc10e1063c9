namespace Crewline.Contracts.Events.Ownership;

/// <summary>A production budget line was added or its amounts were set.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project whose ledger changed.</param>
/// <param name="LineId">The budget line's id.</param>
/// <param name="Category">The proto enum name of the category, e.g. <c>BUDGET_CATEGORY_SHOOT</c>.</param>
/// <param name="Estimate">The estimate, in <paramref name="Currency"/>.</param>
/// <param name="Actual">The actual, in <paramref name="Currency"/>.</param>
/// <param name="Currency">The ledger's ISO 4217 currency code.</param>
/// <param name="ChangedBy">The subject of the caller who changed it.</param>
public sealed record BudgetLineChanged(
    Guid OrgId,
    Guid ProjectId,
    Guid LineId,
    string Category,
    decimal Estimate,
    decimal Actual,
    string Currency,
    string ChangedBy) : IOrgEvent;

/// <summary>A vendor invoice was recorded (R-OWN-6).</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project the invoice belongs to.</param>
/// <param name="InvoiceId">The invoice's id.</param>
/// <param name="VendorName">The vendor.</param>
/// <param name="Amount">The amount, in <paramref name="Currency"/>.</param>
/// <param name="Currency">The ledger's ISO 4217 currency code.</param>
/// <param name="DueOn">The day payment is due.</param>
public sealed record VendorInvoiceReceived(
    Guid OrgId,
    Guid ProjectId,
    Guid InvoiceId,
    string VendorName,
    decimal Amount,
    string Currency,
    DateOnly DueOn) : IOrgEvent;

/// <summary>A vendor invoice was marked paid (R-OWN-6).</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project the invoice belongs to.</param>
/// <param name="InvoiceId">The invoice's id.</param>
/// <param name="PaidOn">The day it was paid.</param>
/// <param name="MarkedBy">The subject of the caller who marked it paid.</param>
public sealed record VendorInvoicePaid(
    Guid OrgId,
    Guid ProjectId,
    Guid InvoiceId,
    DateOnly PaidOn,
    string MarkedBy) : IOrgEvent;

/// <summary>A vendor invoice went unpaid past its terms (R-FAIL-2); published once per invoice by the ownership service's scan.</summary>
/// <param name="OrgId">The org (tenant) the project belongs to.</param>
/// <param name="ProjectId">The project the invoice belongs to.</param>
/// <param name="InvoiceId">The invoice's id.</param>
/// <param name="VendorName">The vendor.</param>
/// <param name="Amount">The amount, in <paramref name="Currency"/>.</param>
/// <param name="Currency">The ledger's ISO 4217 currency code.</param>
/// <param name="DueOn">The day payment was due.</param>
/// <param name="DetectedOn">The day the scan found it overdue.</param>
public sealed record VendorInvoiceOverdue(
    Guid OrgId,
    Guid ProjectId,
    Guid InvoiceId,
    string VendorName,
    decimal Amount,
    string Currency,
    DateOnly DueOn,
    DateOnly DetectedOn) : IOrgEvent;
