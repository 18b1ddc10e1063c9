namespace Crewline.Ownership.Domain.Ledger;

/// <summary>One line of the production budget: estimate and actual, never negative, in the ledger's currency.</summary>
public sealed class BudgetLine
{
    private BudgetLine() { }

    internal BudgetLine(Guid id, BudgetCategory category, string description, decimal estimate, decimal actual)
    {
        Id = id;
        Category = category;
        Description = description;
        Estimate = estimate;
        Actual = actual;
    }

    public Guid Id { get; private set; }
    public BudgetCategory Category { get; private set; }
    public string Description { get; private set; } = "";
    public decimal Estimate { get; private set; }
    public decimal Actual { get; private set; }

    /// <summary>Actual minus estimate: positive is over budget.</summary>
    public decimal Variance => Actual - Estimate;

    internal void Set(decimal estimate, decimal actual) => (Estimate, Actual) = (estimate, actual);
}
