using Crewline.BuildingBlocks.Validation;
using Crewline.BuildingBlocks.Concurrency;
using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.Ownership.Domain.Plan;
using Crewline.Ownership.Features.Access;
using Crewline.Ownership.Infrastructure.Concurrency;
using Crewline.ServiceDefaults.Auth;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Plan;

/// <summary>
/// The shared plan's use cases (R-OWN-5): every member reads; only a member holding an item's
/// owner role edits it (the domain decides, PermissionDenied otherwise). Bad input changes nothing.
/// Edits of different items at once all succeed (<see cref="MergeOnConflict"/>).
/// </summary>
public sealed class PlanHandlers(ProjectAccess access, PlanStore plans, IdempotencyStore idempotency, MergeOnConflict merge)
{
    public async Task<Proto.SharedPlan> GetAsync(Proto.GetPlanRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();
        await access.RequireMemberAsync(projectId, caller, ct);
        return (await plans.FindAsync(projectId, ct)).ToProto(projectId);
    }

    public async Task<Proto.PlanItem> AddItemAsync(Proto.AddPlanItemRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator.KnownEnum(request.Kind, "kind").KnownEnum(request.OwnerRole, "owner_role")
            .RequiredText(request.Title, "title", SharedPlan.MaxTitleLength)
            .OptionalText(request.IdempotencyKey, "idempotency_key", IdempotencyStore.MaxKeyLength);
        var start = validator.CalendarDay(request.Start, "start");
        var due = validator.CalendarDay(request.Due, "due");
        if (request.Start is not null && request.Due is not null)
            validator.Check(due >= start, "due", $"must not be before start ({start:yyyy-MM-dd})");
        var dependsOn = request.DependsOn.Select(d => validator.Uuid(d, "depends_on")).ToArray();
        Guid? changeRequestId = string.IsNullOrEmpty(request.ChangeRequestId) ? null : validator.Uuid(request.ChangeRequestId, "change_request_id");
        validator.ThrowIfInvalid();

        // Adds a new row only: it merges with any concurrent edit (its predecessors are checked again on the fresh plan).
        var itemId = await EditAsync(projectId, caller, _ => TouchedRows.NewRowsOnly("The plan"), async (member, found, ct2) =>
        {
            var plan = found ?? SharedPlan.For(caller.OrgId, projectId);
            var alreadyAccepted = changeRequestId is { } cr && await plans.IsAcceptedAsync(cr, ct2);
            var id = await idempotency.RunOnceAsync($"AddPlanItem:{projectId}", request.IdempotencyKey, request, () =>
            {
                var item = plan.AddItem(member.Project, member.PersonId, Guid.CreateVersion7(), request.Kind.ToDomain(),
                    request.OwnerRole.ToDomain(), request.Title, start, due, dependsOn, changeRequestId);
                // The client accepted the change before this item was added: it is not left blocked (R-SCOPE-4).
                if (alreadyAccepted) plan.UnblockForAcceptedChange(changeRequestId!.Value);
                plans.Stage(plan, caller.Subject);
                return item.Id;
            }, ct2);
            await plans.SaveAsync(ct2);
            return id;
        }, ct);
        var saved = await plans.FindAsync(projectId, ct) ?? throw new NotFoundException("Plan", projectId.ToString());
        return saved.Item(itemId).ToProto();
    }

    public async Task<Proto.PlanItem> AddDependencyAsync(Proto.AddPlanDependencyRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var itemId = validator.Uuid(request.ItemId, "item_id");
        var predecessorId = validator.Uuid(request.DependsOn, "depends_on");
        validator.ThrowIfInvalid();

        return await EditItemAsync(projectId, itemId, caller, plan => PlanRows.Item(plan, itemId), (member, plan) =>
        {
            plan.AddDependency(member.Project, member.PersonId, itemId, predecessorId);
            return plan.Item(itemId).ToProto();
        }, ct);
    }

    public async Task<Proto.ScheduleImpact> RescheduleAsync(Proto.ReschedulePlanItemRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var itemId = validator.Uuid(request.ItemId, "item_id");
        var start = validator.CalendarDay(request.Start, "start");
        var due = validator.CalendarDay(request.Due, "due");
        if (request.Start is not null && request.Due is not null)
            validator.Check(due >= start, "due", $"must not be before start ({start:yyyy-MM-dd})");
        validator.ThrowIfInvalid();

        return await EditItemAsync(projectId, itemId, caller, plan => PlanRows.ItemAndDependents(plan, itemId), (member, plan) =>
        {
            var impact = plan.Reschedule(member.Project, member.PersonId, itemId, start, due);
            return new Proto.ScheduleImpact { Moved = impact.Moved.ToProto(), Pushed = { impact.Pushed.Select(p => p.ToProto()) } };
        }, ct);
    }

    public async Task<Proto.PlanItem> ChangeStatusAsync(Proto.ChangePlanItemStatusRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var itemId = validator.Uuid(request.ItemId, "item_id");
        validator.KnownEnum(request.Status, "status");
        validator.ThrowIfInvalid();

        return await EditItemAsync(projectId, itemId, caller, plan => PlanRows.Item(plan, itemId), (member, plan) =>
        {
            plan.ChangeStatus(member.Project, member.PersonId, itemId, request.Status.ToDomain());
            return plan.Item(itemId).ToProto();
        }, ct);
    }

    /// <summary>Reads the caller's membership and the plan (null when it has no items yet), then changes it (<see cref="MergeOnConflict"/>).</summary>
    private Task<T> EditAsync<T>(Guid projectId, CallerIdentity caller, Func<SharedPlan?, TouchedRows> touches,
        Func<ProjectMembership, SharedPlan?, CancellationToken, Task<T>> applyAndSave, CancellationToken ct) =>
        merge.RunAsync(
            async ct2 => (Member: await access.RequireMemberAsync(projectId, caller, ct2), Plan: await plans.FindAsync(projectId, ct2)),
            read => touches(read.Plan),
            (read, ct2) => applyAndSave(read.Member, read.Plan, ct2),
            ct);

    /// <summary>Changes an item of an existing plan, stages the plan's events and saves.</summary>
    private Task<T> EditItemAsync<T>(Guid projectId, Guid itemId, CallerIdentity caller, Func<SharedPlan?, TouchedRows> touches,
        Func<ProjectMembership, SharedPlan, T> change, CancellationToken ct) =>
        EditAsync(projectId, caller, touches, async (member, plan, ct2) =>
        {
            if (plan is null) throw new NotFoundException("Plan item", itemId.ToString());
            var answer = change(member, plan);
            plans.Stage(plan, caller.Subject);
            await plans.SaveAsync(ct2);
            return answer;
        }, ct);
}
