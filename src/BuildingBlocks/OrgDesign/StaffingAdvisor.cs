using Crewline.BuildingBlocks.Errors;
namespace Crewline.BuildingBlocks.OrgDesign;

/// <summary>
/// When to staff both roles (R-ORG-1..6): a pure function of external-production intensity,
/// concurrent production volume and what the org's industry preset calls a single role. Shared by
/// Ownership's advisor (typed-in and live inputs) and Reporting's org-design view.
/// </summary>
public static class StaffingAdvisor
{
    /// <summary>Fewer concurrent productions than this is low volume (R-ORG-5).</summary>
    public const int BorderlineFrom = 4;
    /// <summary>More concurrent productions than this is high volume (R-ORG-5).</summary>
    public const int BorderlineTo = 6;

    public static VolumeBand BandOf(int concurrentProductions) => concurrentProductions switch
    {
        < BorderlineFrom => VolumeBand.Low,
        > BorderlineTo => VolumeBand.High,
        _ => VolumeBand.Borderline,
    };

    public static StaffingAdvice Advise(PortfolioInputs inputs, PresetTitle preset)
    {
        var advice = Advise(inputs.Intensity, inputs.ConcurrentProductions, preset);
        return advice with { Reasons = [.. inputs.Reasons, .. advice.Reasons] };
    }

    public static StaffingAdvice Advise(ExternalProductionIntensity intensity, int concurrentProductions, PresetTitle preset)
    {
        var violations = new List<FieldViolation>();
        if (!Enum.IsDefined(intensity)) violations.Add(new("intensity", "Unknown external-production intensity."));
        if (concurrentProductions < 0) violations.Add(new("concurrent_productions", "A count of productions is zero or more."));
        if (!Enum.IsDefined(preset.Title)) violations.Add(new("preset", "Unknown industry preset."));
        if (violations.Count > 0) throw new ValidationException(violations);

        var band = BandOf(concurrentProductions);
        var high = intensity == ExternalProductionIntensity.High;
        var lowVolumeQuadrant = high ? StaffingQuadrant.ProducerAloneWithPmDuties : StaffingQuadrant.OneRole;
        var highVolumeQuadrant = high ? StaffingQuadrant.BothRolesStructured : StaffingQuadrant.PmTeamWithoutProducers;
        var quadrant = band == VolumeBand.High ? highVolumeQuadrant : lowVolumeQuadrant;
        StaffingQuadrant[] neighbours = band == VolumeBand.Borderline ? [lowVolumeQuadrant, highVolumeQuadrant] : [quadrant];
        OneRoleTitle? title = neighbours.Contains(StaffingQuadrant.OneRole) ? preset.Title : null;

        var reasons = new List<string>
        {
            $"External-production intensity is {intensity.ToString().ToLowerInvariant()}"
                + (high ? " (broadcast, shoots, post at scale, locations or talent are a real part of the work)." : " (little external production)."),
            band switch
            {
                VolumeBand.Low => $"{concurrentProductions} concurrent productions is below {BorderlineFrom}: low volume (R-ORG-5).",
                VolumeBand.High => $"{concurrentProductions} concurrent productions is above {BorderlineTo}: high volume (R-ORG-5).",
                _ => $"{concurrentProductions} concurrent productions is in the borderline zone of {BorderlineFrom}–{BorderlineTo} (R-ORG-5): "
                    + $"between {Describe(lowVolumeQuadrant)} and {Describe(highVolumeQuadrant)}.",
            },
            $"{(high ? "High" : "Low")} external + {(band == VolumeBand.High ? "high" : "low")} volume → {Describe(quadrant)} ({RuleOf(quadrant)})"
                + (band == VolumeBand.Borderline ? $"; above {BorderlineTo} it becomes {Describe(highVolumeQuadrant)} ({RuleOf(highVolumeQuadrant)})." : "."),
        };
        if (title is { } t)
            reasons.Add($"Industry preset {preset.Preset}: the single role is titled {Describe(t)} (R-ORG-1).");

        var summary = band == VolumeBand.Borderline
            ? $"Borderline zone ({concurrentProductions} concurrent productions, {BorderlineFrom}–{BorderlineTo}): {Describe(lowVolumeQuadrant)} for now, "
              + $"{Describe(highVolumeQuadrant)} once volume is clearly above {BorderlineTo}."
            : $"{char.ToUpperInvariant(Describe(quadrant)[0])}{Describe(quadrant)[1..]}.";
        return new StaffingAdvice(quadrant, intensity, concurrentProductions, band, neighbours, title, summary, reasons);
    }

    private static string Describe(StaffingQuadrant quadrant) => quadrant switch
    {
        StaffingQuadrant.OneRole => "one role covering both",
        StaffingQuadrant.ProducerAloneWithPmDuties => "a producer alone, with PM duties folded in",
        StaffingQuadrant.PmTeamWithoutProducers => "a PM team without producers",
        _ => "both roles, with the relationship structured explicitly",
    };

    private static string Describe(OneRoleTitle title) => title switch
    {
        OneRoleTitle.Producer => "producer",
        OneRoleTitle.VariesByComplexityTier => "PM or producer by the work's complexity tier",
        _ => "project manager",
    };

    private static string RuleOf(StaffingQuadrant quadrant) => $"R-ORG-{(int)quadrant}";
}

/// <summary>An org's industry preset, by name (for the reasons), and what it calls the single role (R-ORG-1).</summary>
public sealed record PresetTitle(string Preset, OneRoleTitle Title);
