using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.BuildingBlocks.ProjectRegistry;

/// <summary>
/// A project a service has learnt of from the ownership service's <c>ProjectCreated</c>, so it
/// can refuse requests about projects that do not exist (or belong to another org).
/// </summary>
public sealed class KnownProject : IOrgOwned
{
    public const int MaxNameLength = 200;
    public const int MaxProjectTypeLength = 60;

    private KnownProject() { }

    public Guid ProjectId { get; private set; }
    public Guid OrgId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The proto enum name of the project type in crewline.ownership.v1, e.g. <c>PROJECT_TYPE_FILM</c>.</summary>
    public string ProjectType { get; private set; } = "";
}
