using System.Text;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.Contracts.Reporting.V1;
using Google.Protobuf.WellKnownTypes;

namespace Crewline.Dashboard.Components.Shared;

/// <summary>How the dashboard words the API's enums, dates and durations.</summary>
public static class Labels
{
    /// <summary>A protobuf enum value as words: <c>CommercialProduction</c> → "Commercial production".</summary>
    public static string Of(System.Enum value)
    {
        var name = value.ToString();
        if (name == "Unspecified") return "—";
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0) words.Append(' ').Append(char.ToLowerInvariant(c));
            else words.Append(c);
        }
        return words.ToString();
    }

    public static string Role(ProjectRole role) => role switch
    {
        ProjectRole.ProjectManager => "PM",
        ProjectRole.Producer => "Producer",
        ProjectRole.CreativeLead => "Creative lead",
        ProjectRole.Leadership => "Leadership",
        _ => "—",
    };

    public static string Kind(FindingKind kind) => kind switch
    {
        FindingKind.DuplicatedFunction => "Duplicated function",
        FindingKind.UnownedFunction => "Gap: unowned function",
        FindingKind.AgingWork => "Gap: aging work",
        FindingKind.UnstatedHierarchy => "Unstated hierarchy",
        _ => "—",
    };

    public static string Quadrant(StaffingQuadrant quadrant) => quadrant switch
    {
        StaffingQuadrant.OneRole => "One role covering both",
        StaffingQuadrant.ProducerAlone => "A producer alone",
        StaffingQuadrant.PmTeam => "A PM team",
        StaffingQuadrant.BothRoles => "Both roles, structured",
        _ => "—",
    };

    /// <summary>The CSS class of a health badge.</summary>
    public static string HealthClass(ProjectHealth health) => health switch
    {
        ProjectHealth.OnTrack => "health-on-track",
        ProjectHealth.AtRisk => "health-at-risk",
        ProjectHealth.Failing => "health-failing",
        ProjectHealth.Closed => "health-closed",
        _ => "health-unknown",
    };

    public static string Date(Timestamp? at) => at is null ? "—" : at.ToDateTime().ToString("yyyy-MM-dd");

    public static string DateTime(Timestamp? at) => at is null ? "—" : at.ToDateTime().ToString("yyyy-MM-dd HH:mm 'UTC'");

    /// <summary>A person holding a role: their name; "Unnamed person" when Reporting knows only the id; a dash when nobody holds it.</summary>
    public static string Person(string name, string personId) =>
        !string.IsNullOrWhiteSpace(name) ? name : !string.IsNullOrEmpty(personId) ? "Unnamed person" : "—";

    public static string Duration(long seconds)
    {
        var span = TimeSpan.FromSeconds(seconds);
        if (span.TotalDays >= 1) return $"{span.TotalDays:0.#} d";
        if (span.TotalHours >= 1) return $"{span.TotalHours:0.#} h";
        return $"{Math.Max(0, span.TotalMinutes):0} min";
    }
}
