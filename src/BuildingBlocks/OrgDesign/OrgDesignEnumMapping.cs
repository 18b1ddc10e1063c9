using Crewline.BuildingBlocks.OrgDesign;
using Crewline.Contracts;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.BuildingBlocks.OrgDesign;

/// <summary>Between the org-design advisor's domain enums and their proto enums, by exhaustive switch.</summary>
public static class OrgDesignEnumMapping
{
    public static Proto.ExternalProductionIntensity ToProto(this ExternalProductionIntensity value) => value switch
    {
        ExternalProductionIntensity.Low => Proto.ExternalProductionIntensity.Low,
        ExternalProductionIntensity.High => Proto.ExternalProductionIntensity.High,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static ExternalProductionIntensity ToDomain(this Proto.ExternalProductionIntensity value) => value switch
    {
        Proto.ExternalProductionIntensity.Low => ExternalProductionIntensity.Low,
        Proto.ExternalProductionIntensity.High => ExternalProductionIntensity.High,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static Proto.StaffingQuadrant ToProto(this StaffingQuadrant value) => value switch
    {
        StaffingQuadrant.OneRole => Proto.StaffingQuadrant.OneRole,
        StaffingQuadrant.ProducerAloneWithPmDuties => Proto.StaffingQuadrant.ProducerAlone,
        StaffingQuadrant.PmTeamWithoutProducers => Proto.StaffingQuadrant.PmTeam,
        StaffingQuadrant.BothRolesStructured => Proto.StaffingQuadrant.BothRoles,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static StaffingQuadrant ToDomain(this Proto.StaffingQuadrant value) => value switch
    {
        Proto.StaffingQuadrant.OneRole => StaffingQuadrant.OneRole,
        Proto.StaffingQuadrant.ProducerAlone => StaffingQuadrant.ProducerAloneWithPmDuties,
        Proto.StaffingQuadrant.PmTeam => StaffingQuadrant.PmTeamWithoutProducers,
        Proto.StaffingQuadrant.BothRoles => StaffingQuadrant.BothRolesStructured,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static Proto.VolumeBand ToProto(this VolumeBand value) => value switch
    {
        VolumeBand.Low => Proto.VolumeBand.Low,
        VolumeBand.Borderline => Proto.VolumeBand.Borderline,
        VolumeBand.High => Proto.VolumeBand.High,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static VolumeBand ToDomain(this Proto.VolumeBand value) => value switch
    {
        Proto.VolumeBand.Low => VolumeBand.Low,
        Proto.VolumeBand.Borderline => VolumeBand.Borderline,
        Proto.VolumeBand.High => VolumeBand.High,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static Proto.OneRoleTitle ToProto(this OneRoleTitle value) => value switch
    {
        OneRoleTitle.ProjectManager => Proto.OneRoleTitle.ProjectManager,
        OneRoleTitle.Producer => Proto.OneRoleTitle.Producer,
        OneRoleTitle.VariesByComplexityTier => Proto.OneRoleTitle.VariesByComplexityTier,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static OneRoleTitle ToDomain(this Proto.OneRoleTitle value) => value switch
    {
        Proto.OneRoleTitle.ProjectManager => OneRoleTitle.ProjectManager,
        Proto.OneRoleTitle.Producer => OneRoleTitle.Producer,
        Proto.OneRoleTitle.VariesByComplexityTier => OneRoleTitle.VariesByComplexityTier,
        _ => throw ProtoEnums.Unmapped(value),
    };
}
