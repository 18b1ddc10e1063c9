using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.ClientComms.Domain;

/// <summary>That a project left kickoff (from Ownership's ProjectStarted): from then on, a SPOC named is announced to the client at once.</summary>
public sealed class ProjectKickoff : IOrgOwned
{
    private ProjectKickoff() { }

    public Guid ProjectId { get; private set; }
    public Guid OrgId { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }

    public static ProjectKickoff Started(Guid orgId, Guid projectId, DateTimeOffset at) =>
        new() { OrgId = orgId, ProjectId = projectId, StartedAt = at };
}
