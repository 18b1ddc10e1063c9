using Crewline.BuildingBlocks.Errors;

namespace Crewline.ScopeChanges.Domain;

public sealed partial class ChangeRequest
{
    /// <summary>
    /// The producer's assessment (R-SCOPE-1). With the PM's already in, the two are combined into a new
    /// version of the one response (R-SCOPE-2, R-SCOPE-6); a re-assessment after combining voids the
    /// earlier version and its signatures.
    /// </summary>
    public void AssessProduction(ProductionAssessment assessment, DateTimeOffset now, DeadlinePolicy policy)
    {
        EnsureAssessable();
        Production = assessment;
        Raise(new AssessmentRecorded(WorkflowRole.Producer, assessment.AssessedBy, assessment.NoProductionImpact, now));
        AfterAssessment(WorkflowRole.Producer, assessment.AssessedBySubject, now, policy);
    }

    /// <summary>The PM's assessment (R-SCOPE-1); combined as <see cref="AssessProduction"/> says.</summary>
    public void AssessFlow(FlowAssessment assessment, DateTimeOffset now, DeadlinePolicy policy)
    {
        EnsureAssessable();
        Flow = assessment;
        Raise(new AssessmentRecorded(WorkflowRole.ProjectManager, assessment.AssessedBy, assessment.NoFlowImpact, now));
        AfterAssessment(WorkflowRole.ProjectManager, assessment.AssessedBySubject, now, policy);
    }

    private void EnsureAssessable()
    {
        if (Status.AwaitsAssessment() || Status.AwaitsSignatures()) return;
        throw new RuleViolationException("R-SCOPE-3",
            $"The change request is {Status}: its response can no longer be assessed again.",
            [new PreconditionViolation("R-SCOPE-3", "status", $"is {Status}; assessments are taken until both roles signed")]);
    }

    private void AfterAssessment(WorkflowRole role, string bySubject, DateTimeOffset now, DeadlinePolicy policy)
    {
        var action = role == WorkflowRole.Producer ? "production assessed" : "flow assessed";
        if (Production is null || Flow is null)
        {
            Transition(ChangeRequestStatus.Assessing, now, action, bySubject, 0);
            return;
        }
        Record(now, action, bySubject, Status, Status, CurrentVersion?.Number ?? 0, "");
        Combine(bySubject, now, policy);
    }

    /// <summary>One response from both assessments (R-SCOPE-2, R-SCOPE-6), as a new version with no signatures.</summary>
    private void Combine(string bySubject, DateTimeOffset now, DeadlinePolicy policy)
    {
        var production = Production!;
        var flow = Flow!;
        var voidedEarlier = CurrentVersion is { Voided: false };
        if (voidedEarlier) Versions = [.. Versions.Take(Versions.Count - 1), CurrentVersion! with { Voided = true }];

        var items = production.PlanItems.Select(i => new AddedPlanItem(Guid.CreateVersion7(), i.Kind, WorkflowRole.Producer, i.Title, i.Start, i.Due))
            .Concat(flow.PlanItems.Select(i => new AddedPlanItem(Guid.CreateVersion7(), i.Kind, WorkflowRole.ProjectManager, i.Title, i.Start, i.Due)))
            .ToArray();
        var version = new ResponseVersion(
            Number: Versions.Count + 1,
            Production: production,
            Flow: flow,
            TotalCost: production.NoProductionImpact ? 0 : production.TotalCost,
            Currency: production.Currency,
            DeliveryShiftDays: Math.Max(production.NoProductionImpact ? 0 : production.ScheduleImpactDays, flow.NoFlowImpact ? 0 : flow.TimelineImpactDays),
            AddedDeliverables: RequestedDeliverables,
            PlanItems: items,
            ExtraRevisionRounds: flow.NoFlowImpact ? 0 : flow.ExtraRevisionRounds,
            CombinedAt: now,
            Signatures: [],
            Voided: false);
        Versions = [.. Versions, version];
        Transition(ChangeRequestStatus.Combined, now, "combined", bySubject, version.Number,
            voidedEarlier ? $"version {version.Number - 1} and its signatures are void" : "");
        StartStage(now + policy.SignOffWindow);
        Raise(new ResponseCombined(version.Number, voidedEarlier, now));
    }
}
