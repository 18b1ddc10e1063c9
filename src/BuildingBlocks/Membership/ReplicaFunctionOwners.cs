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
}
