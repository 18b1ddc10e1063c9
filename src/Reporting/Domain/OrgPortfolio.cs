using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Domain;

/// <summary>Running counters of one org's portfolio (incremented atomically in SQL by the consumers).</summary>
public sealed class OrgPortfolio : IOrgOwned
{
    public Guid OrgId { get; init; }
    public int ProjectCount { get; private set; }

    /// <summary>The org's industry preset (proto value name) from its latest <c>OrgProfileConfigured</c>; null until one arrives.</summary>
    public string? IndustryPreset { get; private set; }
    public DateTimeOffset? PresetAt { get; private set; }
}
