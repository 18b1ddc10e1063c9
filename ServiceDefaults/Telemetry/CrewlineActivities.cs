using System.Diagnostics;

namespace Crewline.ServiceDefaults.Telemetry;

/// <summary>The <see cref="ActivitySource"/> of Crewline's own spans (exported: see <see cref="TelemetrySetup.CrewlineSource"/>).</summary>
public static class CrewlineActivities
{
    public static ActivitySource Source { get; } = new(TelemetrySetup.CrewlineSource);
}
