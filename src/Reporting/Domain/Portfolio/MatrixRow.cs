using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Domain.Portfolio;

/// <summary>
/// One function on a project's ownership matrix. The owners are those of the latest ownership change
/// by event time; the function counts as confirmed when its latest confirmation is later than the
/// latest change that cleared confirmations, whatever order the events arrive in.
/// </summary>
public sealed class MatrixRow : IOrgOwned
{
    public Guid OrgId { get; init; }
    public Guid ProjectId { get; init; }
    public required string FunctionKey { get; init; }

    /// <summary>The function's display name, from the project's creation; null when only later events arrived.</summary>
    public string? Name { get; set; }

    /// <summary>Owner roles (proto enum names), comma-separated, in the event's order.</summary>
    public string Owners { get; set; } = "";
    public bool IsShared { get; set; }

    /// <summary>When the owners were last set; null while only a confirmation has arrived.</summary>
    public DateTimeOffset? OwnersAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? ClearedAt { get; set; }

    public IReadOnlyList<string> OwnerRoles => Owners.Split(',', StringSplitOptions.RemoveEmptyEntries);
    public bool Confirmed => ConfirmedAt is { } c && (ClearedAt is null || c > ClearedAt);
}
