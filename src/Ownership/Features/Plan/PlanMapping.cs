using Crewline.BuildingBlocks.Validation;
using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Plan;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Plan;

/// <summary>Between the plan's domain types and its proto messages (enums: <see cref="Mapping.PlanEnumMapping"/>).</summary>
public static class PlanMapping
{
    public static Proto.PlanItem ToProto(this PlanItem item) => new()
    {
        ItemId = item.Id.ToString(),
        Kind = item.Kind.ToProto(),
        OwnerRole = item.OwnerRole.ToProto(),
        Title = item.Title,
        Start = item.Start.ToProtoDate(),
        Due = item.Due.ToProtoDate(),
        Status = item.Status.ToProto(),
        DependsOn = { item.DependsOn.Select(d => d.ToString()) },
        ChangeRequestId = item.ChangeRequestId?.ToString() ?? "",
        AwaitingChangeAcceptance = item.AwaitingChangeAcceptance,
    };

    public static Proto.SharedPlan ToProto(this SharedPlan? plan, Guid projectId) => new()
    {
        ProjectId = projectId.ToString(),
        Items = { (plan?.Items ?? []).OrderBy(i => i.Start).ThenBy(i => i.Id).Select(ToProto) },
    };

    public static Proto.ItemShift ToProto(this ItemShift shift) => new()
    {
        ItemId = shift.ItemId.ToString(),
        Title = shift.Title,
        OwnerRole = shift.OwnerRole.ToProto(),
        OldStart = shift.OldStart.ToProtoDate(),
        OldDue = shift.OldDue.ToProtoDate(),
        NewStart = shift.NewStart.ToProtoDate(),
        NewDue = shift.NewDue.ToProtoDate(),
        DueDays = shift.DueDays,
    };

    public static Contracts.Events.Ownership.PlanItemShift ToContract(this ItemShift shift) => new(
        shift.ItemId, shift.Title, shift.OwnerRole.ContractName(), shift.OldStart, shift.OldDue, shift.NewStart, shift.NewDue);
}
