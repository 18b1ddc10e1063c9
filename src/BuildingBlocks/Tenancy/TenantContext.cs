namespace Crewline.BuildingBlocks.Tenancy;

/// <summary>
/// The org the current unit of work (one request, one consumed message) acts for.
/// Set once per scope: from the caller's token, or from the consumed event's org.
/// </summary>
public sealed class TenantContext
{
    public Guid? OrgId { get; private set; }

    public Guid RequiredOrgId => OrgId ?? throw new InvalidOperationException("No org is set for this unit of work.");

    public void Set(Guid orgId)
    {
        if (orgId == Guid.Empty) throw new ArgumentException("An org id must not be empty.", nameof(orgId));
        if (OrgId is { } current && current != orgId)
            throw new InvalidOperationException("The org of a unit of work cannot change once set.");
        OrgId = orgId;
    }
}
