using Crewline.Contracts;
using Crewline.Ownership.Domain.Ledger;
using Crewline.Ownership.Domain.Plan;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.Ownership.Features.Mapping;

/// <summary>Between the shared plan's and the ledger's domain enums and their proto enums, by exhaustive switch.</summary>
internal static class PlanEnumMapping
{
    public static Proto.PlanItemKind ToProto(this PlanItemKind value) => value switch
    {
        PlanItemKind.Milestone => Proto.PlanItemKind.Milestone,
        PlanItemKind.ProductionItem => Proto.PlanItemKind.ProductionItem,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static PlanItemKind ToDomain(this Proto.PlanItemKind value) => value switch
    {
        Proto.PlanItemKind.Milestone => PlanItemKind.Milestone,
        Proto.PlanItemKind.ProductionItem => PlanItemKind.ProductionItem,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static Proto.PlanItemStatus ToProto(this PlanItemStatus value) => value switch
    {
        PlanItemStatus.Planned => Proto.PlanItemStatus.Planned,
        PlanItemStatus.InProgress => Proto.PlanItemStatus.InProgress,
        PlanItemStatus.Done => Proto.PlanItemStatus.Done,
        PlanItemStatus.Blocked => Proto.PlanItemStatus.Blocked,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static PlanItemStatus ToDomain(this Proto.PlanItemStatus value) => value switch
    {
        Proto.PlanItemStatus.Planned => PlanItemStatus.Planned,
        Proto.PlanItemStatus.InProgress => PlanItemStatus.InProgress,
        Proto.PlanItemStatus.Done => PlanItemStatus.Done,
        Proto.PlanItemStatus.Blocked => PlanItemStatus.Blocked,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static Proto.BudgetCategory ToProto(this BudgetCategory value) => value switch
    {
        BudgetCategory.Shoot => Proto.BudgetCategory.Shoot,
        BudgetCategory.Post => Proto.BudgetCategory.Post,
        BudgetCategory.TalentAndCrew => Proto.BudgetCategory.TalentAndCrew,
        BudgetCategory.Vendor => Proto.BudgetCategory.Vendor,
        BudgetCategory.Location => Proto.BudgetCategory.Location,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static BudgetCategory ToDomain(this Proto.BudgetCategory value) => value switch
    {
        Proto.BudgetCategory.Shoot => BudgetCategory.Shoot,
        Proto.BudgetCategory.Post => BudgetCategory.Post,
        Proto.BudgetCategory.TalentAndCrew => BudgetCategory.TalentAndCrew,
        Proto.BudgetCategory.Vendor => BudgetCategory.Vendor,
        Proto.BudgetCategory.Location => BudgetCategory.Location,
        _ => throw ProtoEnums.Unmapped(value),
    };

    /// <summary>A kind's name on integration events, e.g. <c>PLAN_ITEM_KIND_MILESTONE</c>.</summary>
    public static string ContractName(this PlanItemKind value) => ProtoEnums.NameOf(value.ToProto());

    /// <summary>A status's name on integration events, e.g. <c>PLAN_ITEM_STATUS_DONE</c>.</summary>
    public static string ContractName(this PlanItemStatus value) => ProtoEnums.NameOf(value.ToProto());

    /// <summary>A category's name on integration events, e.g. <c>BUDGET_CATEGORY_SHOOT</c>.</summary>
    public static string ContractName(this BudgetCategory value) => ProtoEnums.NameOf(value.ToProto());
}
