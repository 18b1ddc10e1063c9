using Crewline.Contracts;
using Crewline.Ownership.Domain;
using Crewline.Ownership.Domain.Kickoff;
using Crewline.Ownership.Domain.Matrix;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Roles;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.Ownership.Features.Mapping;

/// <summary>Between a project's domain enums and their proto enums, by exhaustive switch.</summary>
internal static class ProjectEnumMapping
{
    public static Proto.ProjectType ToProto(this ProjectType value) => value switch
    {
        ProjectType.CommercialProduction => Proto.ProjectType.CommercialProduction,
        ProjectType.Film => Proto.ProjectType.Film,
        ProjectType.ContentShoot => Proto.ProjectType.ContentShoot,
        ProjectType.BrandIdentity => Proto.ProjectType.BrandIdentity,
        ProjectType.CampaignDevelopment => Proto.ProjectType.CampaignDevelopment,
        ProjectType.InternalTeam => Proto.ProjectType.InternalTeam,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static ProjectType ToDomain(this Proto.ProjectType value) => value switch
    {
        Proto.ProjectType.CommercialProduction => ProjectType.CommercialProduction,
        Proto.ProjectType.Film => ProjectType.Film,
        Proto.ProjectType.ContentShoot => ProjectType.ContentShoot,
        Proto.ProjectType.BrandIdentity => ProjectType.BrandIdentity,
        Proto.ProjectType.CampaignDevelopment => ProjectType.CampaignDevelopment,
        Proto.ProjectType.InternalTeam => ProjectType.InternalTeam,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static Proto.ProjectPhase ToProto(this ProjectPhase value) => value switch
    {
        ProjectPhase.Kickoff => Proto.ProjectPhase.Kickoff,
        ProjectPhase.Active => Proto.ProjectPhase.Active,
        ProjectPhase.Closed => Proto.ProjectPhase.Closed,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static ProjectPhase ToDomain(this Proto.ProjectPhase value) => value switch
    {
        Proto.ProjectPhase.Kickoff => ProjectPhase.Kickoff,
        Proto.ProjectPhase.Active => ProjectPhase.Active,
        Proto.ProjectPhase.Closed => ProjectPhase.Closed,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static Proto.Hierarchy ToProto(this Hierarchy value) => value switch
    {
        Hierarchy.Undeclared => Proto.Hierarchy.Unspecified,
        Hierarchy.Peers => Proto.Hierarchy.Peers,
        Hierarchy.ProducerSenior => Proto.Hierarchy.ProducerSenior,
        Hierarchy.ProjectManagerSenior => Proto.Hierarchy.ProjectManagerSenior,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static Hierarchy ToDomain(this Proto.Hierarchy value) => value switch
    {
        Proto.Hierarchy.Unspecified => Hierarchy.Undeclared,
        Proto.Hierarchy.Peers => Hierarchy.Peers,
        Proto.Hierarchy.ProducerSenior => Hierarchy.ProducerSenior,
        Proto.Hierarchy.ProjectManagerSenior => Hierarchy.ProjectManagerSenior,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static Proto.CadenceFrequency ToProto(this CadenceFrequency value) => value switch
    {
        CadenceFrequency.Daily => Proto.CadenceFrequency.Daily,
        CadenceFrequency.TwiceWeekly => Proto.CadenceFrequency.TwiceWeekly,
        CadenceFrequency.Weekly => Proto.CadenceFrequency.Weekly,
        CadenceFrequency.Fortnightly => Proto.CadenceFrequency.Fortnightly,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static CadenceFrequency ToDomain(this Proto.CadenceFrequency value) => value switch
    {
        Proto.CadenceFrequency.Daily => CadenceFrequency.Daily,
        Proto.CadenceFrequency.TwiceWeekly => CadenceFrequency.TwiceWeekly,
        Proto.CadenceFrequency.Weekly => CadenceFrequency.Weekly,
        Proto.CadenceFrequency.Fortnightly => CadenceFrequency.Fortnightly,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static Proto.KickoffStep ToProto(this KickoffStep value) => value switch
    {
        KickoffStep.ProductionPlanPresented => Proto.KickoffStep.ProductionPlanPresented,
        KickoffStep.ProjectPlanPresented => Proto.KickoffStep.ProjectPlanPresented,
        KickoffStep.ReviewProcessPresented => Proto.KickoffStep.ReviewProcessPresented,
        KickoffStep.BriefWalkedThrough => Proto.KickoffStep.BriefWalkedThrough,
        KickoffStep.ProductionScopeConfirmed => Proto.KickoffStep.ProductionScopeConfirmed,
        KickoffStep.ProjectFlowScopeConfirmed => Proto.KickoffStep.ProjectFlowScopeConfirmed,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static KickoffStep ToDomain(this Proto.KickoffStep value) => value switch
    {
        Proto.KickoffStep.ProductionPlanPresented => KickoffStep.ProductionPlanPresented,
        Proto.KickoffStep.ProjectPlanPresented => KickoffStep.ProjectPlanPresented,
        Proto.KickoffStep.ReviewProcessPresented => KickoffStep.ReviewProcessPresented,
        Proto.KickoffStep.BriefWalkedThrough => KickoffStep.BriefWalkedThrough,
        Proto.KickoffStep.ProductionScopeConfirmed => KickoffStep.ProductionScopeConfirmed,
        Proto.KickoffStep.ProjectFlowScopeConfirmed => KickoffStep.ProjectFlowScopeConfirmed,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static Proto.KickoffConditionKind ToProto(this KickoffConditionKind value) => value switch
    {
        KickoffConditionKind.FunctionNotConfirmed => Proto.KickoffConditionKind.FunctionNotConfirmed,
        KickoffConditionKind.FunctionUnowned => Proto.KickoffConditionKind.FunctionUnowned,
        KickoffConditionKind.FunctionDuplicated => Proto.KickoffConditionKind.FunctionDuplicated,
        KickoffConditionKind.SpocNotNamed => Proto.KickoffConditionKind.SpocNotNamed,
        KickoffConditionKind.HierarchyUndeclared => Proto.KickoffConditionKind.HierarchyUndeclared,
        KickoffConditionKind.CadenceNotSet => Proto.KickoffConditionKind.CadenceNotSet,
        KickoffConditionKind.MilestonesMissing => Proto.KickoffConditionKind.MilestonesMissing,
        KickoffConditionKind.StepNotDone => Proto.KickoffConditionKind.StepNotDone,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static KickoffConditionKind ToDomain(this Proto.KickoffConditionKind value) => value switch
    {
        Proto.KickoffConditionKind.FunctionNotConfirmed => KickoffConditionKind.FunctionNotConfirmed,
        Proto.KickoffConditionKind.FunctionUnowned => KickoffConditionKind.FunctionUnowned,
        Proto.KickoffConditionKind.FunctionDuplicated => KickoffConditionKind.FunctionDuplicated,
        Proto.KickoffConditionKind.SpocNotNamed => KickoffConditionKind.SpocNotNamed,
        Proto.KickoffConditionKind.HierarchyUndeclared => KickoffConditionKind.HierarchyUndeclared,
        Proto.KickoffConditionKind.CadenceNotSet => KickoffConditionKind.CadenceNotSet,
        Proto.KickoffConditionKind.MilestonesMissing => KickoffConditionKind.MilestonesMissing,
        Proto.KickoffConditionKind.StepNotDone => KickoffConditionKind.StepNotDone,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static Proto.RowOwnership ToProto(this RowOwnership value) => value switch
    {
        RowOwnership.Unowned => Proto.RowOwnership.Unowned,
        RowOwnership.SingleOwner => Proto.RowOwnership.SingleOwner,
        RowOwnership.Shared => Proto.RowOwnership.Shared,
        RowOwnership.Duplicated => Proto.RowOwnership.Duplicated,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static RowOwnership ToDomain(this Proto.RowOwnership value) => value switch
    {
        Proto.RowOwnership.Unowned => RowOwnership.Unowned,
        Proto.RowOwnership.SingleOwner => RowOwnership.SingleOwner,
        Proto.RowOwnership.Shared => RowOwnership.Shared,
        Proto.RowOwnership.Duplicated => RowOwnership.Duplicated,
        _ => throw ProtoEnums.Unmapped(value),
    };

    /// <summary>A value's name on integration events, e.g. <c>HIERARCHY_PEERS</c>.</summary>
    public static string ContractName(this Hierarchy value) => ProtoEnums.NameOf(value.ToProto());

    /// <summary>A value's name on integration events, e.g. <c>CADENCE_FREQUENCY_WEEKLY</c>.</summary>
    public static string ContractName(this CadenceFrequency value) => ProtoEnums.NameOf(value.ToProto());

    /// <summary>A value's name on integration events, e.g. <c>KICKOFF_STEP_BRIEF_WALKED_THROUGH</c>.</summary>
    public static string ContractName(this KickoffStep value) => ProtoEnums.NameOf(value.ToProto());

    /// <summary>A type's name on integration events, e.g. <c>PROJECT_TYPE_FILM</c>.</summary>
    public static string ContractName(this ProjectType value) => ProtoEnums.NameOf(value.ToProto());
}
