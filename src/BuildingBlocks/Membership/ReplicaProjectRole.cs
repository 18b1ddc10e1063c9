using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.BuildingBlocks.Membership;

/// <summary>
/// Whether a person holds one role on one project, from <c>ProjectMemberAdded</c> and
/// <c>ProjectMemberRoleRemoved</c>. One row per (project, person, role) keeps the latest fact by
/// its time, so the events may arrive in any order and any number of times.
/// </summary>
public sealed class ReplicaProjectRole : IOrgOwned
{
    public const int MaxRoleLength = 60;

    private ReplicaProjectRole() { }

    public Guid OrgId { get; private set; }
    public Guid ProjectId { get; private set; }
    public Guid PersonId { get; private set; }
    /// <summary>The proto enum name of the role, e.g. <c>PROJECT_ROLE_PRODUCER</c>.</summary>
    public string Role { get; private set; } = "";
    public bool Holds { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }
}
