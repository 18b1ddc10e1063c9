using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Domain.Findings;

/// <summary>Whether a person holds a role on a project, as of the latest ProjectMemberAdded/ProjectMemberRoleRemoved by time.</summary>
public sealed class FindingRoleHolder : IOrgOwned
{
    public Guid OrgId { get; init; }
    public Guid ProjectId { get; init; }
    public Guid PersonId { get; init; }
    public required string Role { get; init; }
    public bool Holds { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>Takes the fact when it is at least as recent as the one held; true when it was taken.</summary>
    public bool Apply(bool holds, DateTimeOffset at)
    {
        if (ChangedAt != default && at < ChangedAt) return false;
        Holds = holds;
        ChangedAt = at;
        return true;
    }
}
