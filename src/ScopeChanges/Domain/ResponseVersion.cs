namespace Crewline.ScopeChanges.Domain;

/// <summary>A plan item the combined response adds, with the id it gets in Ownership's shared plan and its owner role.</summary>
public sealed record AddedPlanItem(Guid ItemId, string Kind, WorkflowRole OwnerRole, string Title, DateOnly Start, DateOnly Due);

/// <summary>One role's signature on one version (R-SCOPE-3).</summary>
public sealed record Signature(WorkflowRole Role, Guid PersonId, string Subject, DateTimeOffset SignedAt);

/// <summary>
/// One version of the combined response (R-SCOPE-2, R-SCOPE-6): both assessments as they were, the
/// total cost, the delivery shift, the added deliverables and plan items, the extra revision rounds, and
/// the signatures it got. A re-assessment makes a new version; the older one is voided with its signatures.
/// </summary>
public sealed record ResponseVersion(
    int Number,
    ProductionAssessment Production,
    FlowAssessment Flow,
    decimal TotalCost,
    string Currency,
    int DeliveryShiftDays,
    IReadOnlyList<string> AddedDeliverables,
    IReadOnlyList<AddedPlanItem> PlanItems,
    int ExtraRevisionRounds,
    DateTimeOffset CombinedAt,
    IReadOnlyList<Signature> Signatures,
    bool Voided)
{
    public bool IsSignedBy(WorkflowRole role) => Signatures.Any(s => s.Role == role);

    public bool IsSignedByBoth => IsSignedBy(WorkflowRole.ProjectManager) && IsSignedBy(WorkflowRole.Producer);
}
