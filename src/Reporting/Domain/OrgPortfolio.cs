using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.Reporting.Domain;

/// <summary>Running counters of one org's portfolio.</summary>
public sealed class OrgPortfolio : IOrgOwned
{
    public Guid OrgId { get; init; }
    public int ProjectCount { get; private set; }

    public void ProjectAdded() => ProjectCount++;
}
