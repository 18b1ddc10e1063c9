using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Domain.Portfolio;

/// <summary>
/// One scope change (change request) with its timeline. The status is that of the latest event by
/// event time (ties: the later stage wins), so redelivered or reordered events leave the same row.
/// </summary>
public sealed class ScopeChangeRow : IOrgOwned
{
    public Guid ChangeRequestId { get; init; }
    public Guid OrgId { get; init; }
    public Guid ProjectId { get; init; }
    public string Title { get; set; } = "";
    public DateTimeOffset? RequestedAt { get; set; }
    public DateTimeOffset? AssessedAt { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>crewline.scopechanges.v1.ChangeRequestStatus value of the latest event.</summary>
    public int Status { get; set; }
    public DateTimeOffset? StatusAt { get; set; }

    /// <summary>The latest combined response's version.</summary>
    public int Version { get; set; }

    /// <summary>Signatures as <c>version:ROLE</c>, comma-separated, sorted.</summary>
    public string Signatures { get; set; } = "";

    /// <summary>The earliest sign-off deadline an escalation named.</summary>
    public DateTimeOffset? SignatureDueAt { get; set; }

    /// <summary>When the change was requested; the rows's sort key (placeholders sort by their first event).</summary>
    public DateTimeOffset SortAt { get; set; }

    public bool IsOpen => ClosedAt is null;

    public void MoveTo(int status, DateTimeOffset at)
    {
        if (StatusAt is null || at > StatusAt || (at == StatusAt && status > Status))
        {
            Status = status;
            StatusAt = at;
        }
    }

    public void AddSignature(int version, string role)
    {
        var all = Signatures.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        all.Add($"{version}:{role}");
        Signatures = string.Join(',', all.Order(StringComparer.Ordinal));
    }

    public IReadOnlyList<string> SignedRolesOfCurrentVersion() =>
        Signatures.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Split(':', 2)).Where(p => p.Length == 2 && p[0] == Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(p => p[1]).ToList();
}
