using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.BuildingBlocks.Validation;
using Crewline.Contracts;
using Crewline.ScopeChanges.Domain;
using Crewline.ScopeChanges.Features.ChangeRequests;
using Crewline.ScopeChanges.Features.Deadlines;
using Crewline.ServiceDefaults.Auth;
using Google.Protobuf.Collections;
using Ownership = Crewline.Contracts.Ownership.V1;
using Proto = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.ScopeChanges.Features.Assessments;

/// <summary>
/// The two assessments of R-SCOPE-1, each only by the role that owns it on the project: the producer's
/// production impact and the PM's flow impact, or an explicit "no impact". With both in, the request
/// combines them into one versioned response (R-SCOPE-2, R-SCOPE-6).
/// </summary>
public sealed class AssessmentHandlers(ChangeRequestCommands commands, DeadlineOptions deadlines, TimeProvider clock)
{
    public const int MaxItems = 50;
    public const int MaxDays = 3650;
    public const int MaxTextLength = 2000;

    public Task<Proto.ChangeRequest> ProductionAsync(Proto.SubmitProductionAssessmentRequest r, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var v = new RequestValidator();
        var id = v.Uuid(r.ChangeRequestId, "change_request_id");
        var saysImpact = r.CostDeltas.Count > 0 || r.ScheduleImpactDays != 0 || r.MovedMilestones.Count > 0
                         || !string.IsNullOrWhiteSpace(r.VendorImplications) || r.PlanItems.Count > 0;
        v.Check(r.NoProductionImpact != saysImpact, "no_production_impact",
            r.NoProductionImpact ? "says no production impact, but an impact is given" : "give the production impact, or say explicitly that there is none (R-SCOPE-1)");
        var deltas = new List<CostDelta>();
        var currencies = new HashSet<string>();
        v.Check(r.CostDeltas.Count <= MaxItems, "cost_deltas", $"at most {MaxItems}");
        for (var i = 0; i < r.CostDeltas.Count; i++)
        {
            var d = r.CostDeltas[i];
            v.KnownEnum(d.Category, $"cost_deltas[{i}].category");
            var (amount, currency) = v.MoneyValue(d.Amount, $"cost_deltas[{i}].amount");
            currencies.Add(currency);
            deltas.Add(new CostDelta(ProtoEnums.NameOf(d.Category == Ownership.BudgetCategory.Unspecified ? Ownership.BudgetCategory.Shoot : d.Category), amount));
        }
        v.Check(currencies.Count <= 1, "cost_deltas", "every cost delta must be in the same currency");
        v.Check(r.CostDeltas.Select(d => d.Category).Distinct().Count() == r.CostDeltas.Count, "cost_deltas", "give each budget category once");
        v.Check(r.ScheduleImpactDays is >= 0 and <= MaxDays, "schedule_impact_days", $"must be 0 to {MaxDays}");
        v.Check(r.MovedMilestones.Count <= MaxItems && r.MovedMilestones.All(m => !string.IsNullOrWhiteSpace(m) && m.Length <= 200),
            "moved_milestones", $"at most {MaxItems}, each 1 to 200 characters");
        v.OptionalText(r.VendorImplications, "vendor_implications", MaxTextLength)
            .OptionalText(r.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength);
        var items = PlanItems(r.PlanItems, v);
        v.ThrowIfInvalid();

        return commands.RunAsync(id, "SubmitProductionAssessment", r.IdempotencyKey, r,
            (change, ct) => commands.RequireRoleAsync(change, caller, WorkflowRole.Producer, ct),
            (change, member) =>
            {
                var now = clock.GetUtcNow();
                change.AssessProduction(new ProductionAssessment(r.NoProductionImpact, currencies.SingleOrDefault() ?? "", deltas,
                    r.ScheduleImpactDays, r.MovedMilestones.Select(m => m.Trim()).ToArray(), r.VendorImplications.Trim(), items,
                    member.PersonId, caller.Subject, now), now, deadlines.Policy);
            }, cancellationToken);
    }

    public Task<Proto.ChangeRequest> FlowAsync(Proto.SubmitFlowAssessmentRequest r, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var v = new RequestValidator();
        var id = v.Uuid(r.ChangeRequestId, "change_request_id");
        var saysImpact = r.ExtraRevisionRounds != 0 || r.Capacity.Count > 0 || r.TimelineImpactDays != 0 || r.PlanItems.Count > 0;
        v.Check(r.NoFlowImpact != saysImpact, "no_flow_impact",
            r.NoFlowImpact ? "says no flow impact, but an impact is given" : "give the impact on the project's flow, or say explicitly that there is none (R-SCOPE-1)");
        v.Check(r.ExtraRevisionRounds is >= 0 and <= 20, "extra_revision_rounds", "must be 0 to 20");
        v.Check(r.TimelineImpactDays is >= 0 and <= MaxDays, "timeline_impact_days", $"must be 0 to {MaxDays}");
        v.Check(r.Capacity.Count <= MaxItems, "capacity", $"at most {MaxItems} teams");
        var capacity = new List<TeamHours>();
        for (var i = 0; i < r.Capacity.Count; i++)
        {
            v.RequiredText(r.Capacity[i].Team, $"capacity[{i}].team", 100);
            capacity.Add(new TeamHours((r.Capacity[i].Team ?? "").Trim(), v.DecimalText(r.Capacity[i].Hours, $"capacity[{i}].hours", 0, 100_000, 2)));
        }
        v.OptionalText(r.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength);
        var items = PlanItems(r.PlanItems, v);
        v.ThrowIfInvalid();

        return commands.RunAsync(id, "SubmitFlowAssessment", r.IdempotencyKey, r,
            (change, ct) => commands.RequireRoleAsync(change, caller, WorkflowRole.ProjectManager, ct),
            (change, member) =>
            {
                var now = clock.GetUtcNow();
                change.AssessFlow(new FlowAssessment(r.NoFlowImpact, r.ExtraRevisionRounds, capacity, r.TimelineImpactDays, items,
                    member.PersonId, caller.Subject, now), now, deadlines.Policy);
            }, cancellationToken);
    }

    private static List<ProposedPlanItem> PlanItems(RepeatedField<Proto.ProposedPlanItem> items, RequestValidator v)
    {
        v.Check(items.Count <= MaxItems, "plan_items", $"at most {MaxItems}");
        var proposed = new List<ProposedPlanItem>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            v.KnownEnum(item.Kind, $"plan_items[{i}].kind").RequiredText(item.Title, $"plan_items[{i}].title", 200);
            var start = v.CalendarDay(item.Start, $"plan_items[{i}].start");
            var due = v.CalendarDay(item.Due, $"plan_items[{i}].due");
            v.Check(due >= start || start == default || due == default, $"plan_items[{i}].due", "must not be before start");
            if (item.Kind != Ownership.PlanItemKind.Unspecified && Enum.IsDefined(item.Kind))
                proposed.Add(new ProposedPlanItem(ProtoEnums.NameOf(item.Kind), (item.Title ?? "").Trim(), start, due));
        }
        return proposed;
    }
}
