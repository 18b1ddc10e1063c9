namespace Crewline.Ownership.Domain.Plan;

/// <summary>What a plan item is: a milestone (kickoff, brief lock, shoot date …) or a production item (a piece of work with a span).</summary>
public enum PlanItemKind
{
    Milestone = 1,
    ProductionItem = 2,
}
