namespace Crewline.Ownership.Domain.Ledger;

/// <summary>A category's totals; <see cref="Variance"/> is actual minus estimate (positive: over budget).</summary>
public sealed record CategoryTotal(BudgetCategory Category, decimal Estimate, decimal Actual, string Currency)
{
    public decimal Variance => Actual - Estimate;
}
