namespace Crewline.Dashboard;

public static class DashboardPaths
{
    /// <summary>Where the dashboard lives, through the gateway and directly: <c>/dashboard/…</c>.</summary>
    public const string PathBase = "/dashboard";
}
