namespace Crewline.Ownership.Domain.Functions;

/// <summary>What a function touches; decides who a decision routes to first (R-ROUTE-1).</summary>
public enum FunctionArea
{
    /// <summary>External production (vendors, shoots, post, talent, budget lines): producer first.</summary>
    ExternalProduction = 1,
    /// <summary>The internal team or process (capacity, reviews, revisions, deliverables): PM first.</summary>
    InternalFlow = 2,
    /// <summary>The brief's content: the creative lead.</summary>
    Brief = 3,
    /// <summary>Co-owned by PM and producer (scope changes, closeout, retro, the shared timeline).</summary>
    Joint = 4,
}
