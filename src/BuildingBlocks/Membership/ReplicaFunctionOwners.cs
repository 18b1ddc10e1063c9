using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.BuildingBlocks.Membership;

/// <summary>
/// The owner roles of one function on one project's ownership matrix, from
/// <c>FunctionOwnershipChanged</c> (the latest by its time wins, whatever the arrival order).
/// </summary>
public sealed class ReplicaFunctionOwners : IOrgOwned
{
    public const int MaxFunctionKeyLength = 60;
    public const int MaxOwnersLength = 300;

    private ReplicaFunctionOwners() { }

    public Guid OrgId { get; private set; }
    public Guid ProjectId { get; private set; }
    public string FunctionKey { get; private set; } = "";
    /// <summary>The proto enum names of the owner roles.</summary>
    public string[] Owners { get; private set; } = [];
    public bool IsShared { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }

    public static ReplicaFunctionOwners Create(Guid orgId, Guid projectId, string functionKey, IEnumerable<string> owners, bool isShared, DateTimeOffset at) => new()
    {
        OrgId = orgId, ProjectId = projectId, FunctionKey = functionKey, Owners = owners.ToArray(), IsShared = isShared, ChangedAt = at,
    };

    /// <summary>Takes the owners when the change is at least as recent as the one held.</summary>
    public void Apply(IEnumerable<string> owners, bool isShared, DateTimeOffset at)
    {
        if (at < ChangedAt) return;
        Owners = owners.ToArray();
        IsShared = isShared;
        ChangedAt = at;
    }
}
