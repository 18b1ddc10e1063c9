using Crewline.Contracts;
using Crewline.Ownership.Domain.Crises;
using Crewline.Ownership.Domain.Decisions;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.Ownership.Features.Mapping;

/// <summary>Between decision rights' and crises' domain enums and their proto enums, by exhaustive switch.</summary>
internal static class DecisionEnumMapping
{
    public static Proto.CrisisSource ToProto(this CrisisSource value) => value switch
    {
        CrisisSource.VendorFellThrough => Proto.CrisisSource.VendorFellThrough,
        CrisisSource.TalentIssue => Proto.CrisisSource.TalentIssue,
        CrisisSource.ShootDayWeatheredOut => Proto.CrisisSource.ShootDayWeatheredOut,
        CrisisSource.TeamMemberDeparted => Proto.CrisisSource.TeamMemberDeparted,
        CrisisSource.KeyApprovalDelayed => Proto.CrisisSource.KeyApprovalDelayed,
        CrisisSource.ScopeBlowUp => Proto.CrisisSource.ScopeBlowUp,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static CrisisSource ToDomain(this Proto.CrisisSource value) => value switch
    {
        Proto.CrisisSource.VendorFellThrough => CrisisSource.VendorFellThrough,
        Proto.CrisisSource.TalentIssue => CrisisSource.TalentIssue,
        Proto.CrisisSource.ShootDayWeatheredOut => CrisisSource.ShootDayWeatheredOut,
        Proto.CrisisSource.TeamMemberDeparted => CrisisSource.TeamMemberDeparted,
        Proto.CrisisSource.KeyApprovalDelayed => CrisisSource.KeyApprovalDelayed,
        Proto.CrisisSource.ScopeBlowUp => CrisisSource.ScopeBlowUp,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static Proto.DecisionCategory ToProto(this DecisionCategory value) => value switch
    {
        DecisionCategory.ExternalProduction => Proto.DecisionCategory.ExternalProduction,
        DecisionCategory.InternalTeamOrProcess => Proto.DecisionCategory.InternalTeamOrProcess,
        DecisionCategory.InternalCapacityConflict => Proto.DecisionCategory.InternalCapacityConflict,
        DecisionCategory.ShootDateMove => Proto.DecisionCategory.ShootDateMove,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static DecisionCategory ToDomain(this Proto.DecisionCategory value) => value switch
    {
        Proto.DecisionCategory.ExternalProduction => DecisionCategory.ExternalProduction,
        Proto.DecisionCategory.InternalTeamOrProcess => DecisionCategory.InternalTeamOrProcess,
        Proto.DecisionCategory.InternalCapacityConflict => DecisionCategory.InternalCapacityConflict,
        Proto.DecisionCategory.ShootDateMove => DecisionCategory.ShootDateMove,
        _ => throw ProtoEnums.Unmapped(value),
    };
}
