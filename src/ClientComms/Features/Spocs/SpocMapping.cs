using Crewline.Contracts;
using Crewline.BuildingBlocks.ProjectRegistry;
using Crewline.ClientComms.Domain;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>The role R-COMM-2 proposes for the project's type; null for a type this service does not know.</summary>
    public static SpocRole? ProposedRoleOf(KnownProject project) =>
        ProjectTypeOf(project) is { } type ? DefaultSpocRule.ProposedRoleFor(ProjectTypes.IsProductionHeavy(type)) : null;

    /// <summary>The SPOC change log of a project, oldest first.</summary>
    public static async Task<IReadOnlyList<SpocChange>> HistoryAsync(this Infrastructure.ClientCommsDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        await db.SpocChanges.AsNoTracking().Where(c => c.ProjectId == projectId).OrderBy(c => c.NamedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);

    /// <summary>The project's SPOC (or, when none is named yet, only the proposed role), with its change log.</summary>
    public static Proto.Spoc ToProto(this Spoc? spoc, KnownProject project, IReadOnlyList<SpocChange> history)
    {
        var proposed = ProposedRoleOf(project)?.ToProto() ?? Common.ProjectRole.Unspecified;
        var answer = new Proto.Spoc { ProjectId = project.ProjectId.ToString(), ProposedRole = proposed };
        answer.History.AddRange(history.Select(c => new Proto.SpocChange
        {
            Role = c.Role.ToProto(), PersonId = c.PersonId.ToString(), PersonSubject = c.PersonSubject, NamedBy = c.NamedBy,
            NamedAt = Timestamp.FromDateTimeOffset(c.NamedAt), Reason = c.Reason,
        }));
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
