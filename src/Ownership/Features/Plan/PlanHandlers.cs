using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Idempotency;
using Crewline.Ownership.Domain.Plan;
using Crewline.Ownership.Features.Access;
using Crewline.ServiceDefaults.Auth;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Plan;

/// <summary>
/// The shared plan's use cases (R-OWN-5): every member reads; only a member holding an item's
/// owner role edits it (the domain decides, PermissionDenied otherwise). Bad input changes nothing.
/// </summary>
public sealed class PlanHandlers(IProjectAccess access, PlanStore plans, IdempotencyStore idempotency)
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
        var start = validator.Day(request.Start, "start");
        var due = validator.Day(request.Due, "due");
        if (request.Start is not null && request.Due is not null)
            validator.Check(due >= start, "due", $"must not be before start ({start:yyyy-MM-dd})");
        var dependsOn = request.DependsOn.Select(d => validator.Uuid(d, "depends_on")).ToArray();
        Guid? changeRequestId = string.IsNullOrEmpty(request.ChangeRequestId) ? null : validator.Uuid(request.ChangeRequestId, "change_request_id");
        validator.ThrowIfInvalid();

        var member = await access.RequireMemberAsync(projectId, caller, ct);
        var plan = await plans.FindOrStartAsync(caller.OrgId, projectId, ct);
        var alreadyAccepted = changeRequestId is { } cr && await plans.IsAcceptedAsync(cr, ct);
        var itemId = await idempotency.RunOnceAsync($"AddPlanItem:{projectId}", request.IdempotencyKey, request, () =>
        {
            var item = plan.AddItem(member.Project, member.PersonId, Guid.CreateVersion7(), request.Kind.ToDomain(),
                request.OwnerRole.ToDomain(), request.Title, start, due, dependsOn, changeRequestId);
            // The client accepted the change before this item was added: it is not left blocked (R-SCOPE-4).
            if (alreadyAccepted) plan.UnblockForAcceptedChange(changeRequestId!.Value);
            plans.Stage(plan, caller.Subject);
            return item.Id;
        }, ct);
        await plans.SaveAsync(ct);
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

        var (member, plan) = await LoadAsync(projectId, itemId, caller, ct);
        plan.AddDependency(member.Project, member.PersonId, itemId, predecessorId);
        plans.Stage(plan, caller.Subject);
        await plans.SaveAsync(ct);
        return plan.Item(itemId).ToProto();
    }

    public async Task<Proto.ScheduleImpact> RescheduleAsync(Proto.ReschedulePlanItemRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var itemId = validator.Uuid(request.ItemId, "item_id");
        var start = validator.Day(request.Start, "start");
        var due = validator.Day(request.Due, "due");
        if (request.Start is not null && request.Due is not null)
            validator.Check(due >= start, "due", $"must not be before start ({start:yyyy-MM-dd})");
        validator.ThrowIfInvalid();

        var (member, plan) = await LoadAsync(projectId, itemId, caller, ct);
        var impact = plan.Reschedule(member.Project, member.PersonId, itemId, start, due);
        plans.Stage(plan, caller.Subject);
        await plans.SaveAsync(ct);
        return new Proto.ScheduleImpact { Moved = impact.Moved.ToProto(), Pushed = { impact.Pushed.Select(p => p.ToProto()) } };
    }

    public async Task<Proto.PlanItem> ChangeStatusAsync(Proto.ChangePlanItemStatusRequest request, CallerIdentity caller, CancellationToken ct)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        var itemId = validator.Uuid(request.ItemId, "item_id");
        validator.KnownEnum(request.Status, "status");
        validator.ThrowIfInvalid();

        var (member, plan) = await LoadAsync(projectId, itemId, caller, ct);
        plan.ChangeStatus(member.Project, member.PersonId, itemId, request.Status.ToDomain());
        plans.Stage(plan, caller.Subject);
        await plans.SaveAsync(ct);
        return plan.Item(itemId).ToProto();
    }

    private async Task<(ProjectMembership Member, SharedPlan Plan)> LoadAsync(Guid projectId, Guid itemId, CallerIdentity caller, CancellationToken ct)
    {
        var member = await access.RequireMemberAsync(projectId, caller, ct);
        var plan = await plans.FindAsync(projectId, ct) ?? throw new NotFoundException("Plan item", itemId.ToString());
        return (member, plan);
    }
}
