namespace Crewline.ScopeChanges.Domain;

/// <summary>A cost change in one production budget category (the category's proto name, e.g. <c>BUDGET_CATEGORY_SHOOT</c>).</summary>
public sealed record CostDelta(string Category, decimal Amount);

/// <summary>Internal hours a team needs for the change.</summary>
public sealed record TeamHours(string Team, decimal Hours);

/// <summary>A plan item an assessment proposes to add (kind as proto name, e.g. <c>PLAN_ITEM_KIND_PRODUCTION_ITEM</c>).</summary>
public sealed record ProposedPlanItem(string Kind, string Title, DateOnly Start, DateOnly Due);

/// <summary>
/// The producer's assessment (R-SCOPE-1): cost per budget category, schedule impact and which
/// production milestones move, vendor implications — or an explicit "no production impact".
/// </summary>
public sealed record ProductionAssessment(
    bool NoProductionImpact,
    string Currency,
    IReadOnlyList<CostDelta> CostDeltas,
    int ScheduleImpactDays,
    IReadOnlyList<string> MovedMilestones,
    string VendorImplications,
    IReadOnlyList<ProposedPlanItem> PlanItems,
    Guid AssessedBy,
    string AssessedBySubject,
    DateTimeOffset AssessedAt)
{
    public decimal TotalCost => CostDeltas.Sum(c => c.Amount);
}

/// <summary>
/// The PM's assessment (R-SCOPE-1): extra revision rounds, internal capacity by team, timeline
/// impact — or an explicit "no flow impact".
/// </summary>
public sealed record FlowAssessment(
    bool NoFlowImpact,
    int ExtraRevisionRounds,
    IReadOnlyList<TeamHours> Capacity,
    int TimelineImpactDays,
    IReadOnlyList<ProposedPlanItem> PlanItems,
    Guid AssessedBy,
    string AssessedBySubject,
    DateTimeOffset AssessedAt);
