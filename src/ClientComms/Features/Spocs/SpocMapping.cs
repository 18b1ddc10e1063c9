using Crewline.Contracts;
using Crewline.BuildingBlocks.ProjectRegistry;
using Crewline.ClientComms.Domain;
using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;
using Common = Crewline.Contracts.Common.V1;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Spocs;

internal static class SpocMapping
{
    /// <summary>Whether a role may be a SPOC: only the project manager or the producer.</summary>
    public static bool IsSpocRole(Common.ProjectRole role) =>
        role is Common.ProjectRole.ProjectManager or Common.ProjectRole.Producer;

    public static SpocRole ToDomain(this Common.ProjectRole role) => role switch
    {
        Common.ProjectRole.ProjectManager => SpocRole.ProjectManager,
        Common.ProjectRole.Producer => SpocRole.Producer,
        _ => throw ProtoEnums.Unmapped(role),
    };

    public static Common.ProjectRole ToProto(this SpocRole role) => role switch
    {
        SpocRole.ProjectManager => Common.ProjectRole.ProjectManager,
        SpocRole.Producer => Common.ProjectRole.Producer,
        _ => throw ProtoEnums.Unmapped(role),
    };

    /// <summary>The role's name on integration events (e.g. PROJECT_ROLE_PRODUCER).</summary>
    public static string ToContractName(this SpocRole role) =>
        ProtoEnums.NameOf(role.ToProto());

    /// <summary>The project type named in ProjectCreated (e.g. PROJECT_TYPE_FILM); null for a name this service does not know.</summary>
    public static Contracts.Ownership.V1.ProjectType? ProjectTypeOf(KnownProject project) =>
        ProjectTypes.FromContractName(project.ProjectType);

    /// <summary>The project's SPOC (or, when none is named yet, only the proposed role).</summary>
    public static Proto.Spoc ToProto(this Spoc? spoc, KnownProject project)
    {
        var proposed = ProjectTypeOf(project) is { } type ? DefaultSpocRule.ProposedRoleFor(ProjectTypes.IsProductionHeavy(type)).ToProto() : Common.ProjectRole.Unspecified;
        var answer = new Proto.Spoc { ProjectId = project.ProjectId.ToString(), ProposedRole = proposed };
        if (spoc is null) return answer;
        answer.Named = true;
        answer.Role = spoc.Role.ToProto();
        answer.PersonId = spoc.PersonId?.ToString() ?? "";
        answer.PersonSubject = spoc.PersonSubject;
        answer.PersonName = spoc.PersonName;
        answer.NamedAt = Timestamp.FromDateTimeOffset(spoc.NamedAt);
        return answer;
    }
}
