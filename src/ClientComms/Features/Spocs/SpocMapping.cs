using Crewline.Contracts;
using Crewline.BuildingBlocks.ProjectRegistry;
using Crewline.ClientComms.Domain;
using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;
using Ownership = Crewline.Contracts.Ownership.V1;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Spocs;

internal static class SpocMapping
{
    public static SpocRole ToDomain(this Proto.SpocRole role) => (SpocRole)(int)role;

    public static Proto.SpocRole ToProto(this SpocRole role) => (Proto.SpocRole)(int)role;

    /// <summary>The proto enum name, as carried by events (e.g. SPOC_ROLE_PRODUCER).</summary>
    public static string ToContractName(this SpocRole role) =>
        ProtoEnums.NameOf(role.ToProto());

    /// <summary>The project type named in ProjectCreated (e.g. PROJECT_TYPE_FILM); null for a name this service does not know.</summary>
    public static Contracts.Ownership.V1.ProjectType? ProjectTypeOf(KnownProject project) =>
        ProjectTypes.FromContractName(project.ProjectType);

    /// <summary>The project's SPOC (or, when none is named yet, only the proposed role).</summary>
    public static Proto.Spoc ToProto(this Spoc? spoc, KnownProject project)
    {
        var proposed = ProjectTypeOf(project) is { } type ? DefaultSpocRule.ProposedRoleFor(ProjectTypes.IsProductionHeavy(type)).ToProto() : Proto.SpocRole.Unspecified;
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
