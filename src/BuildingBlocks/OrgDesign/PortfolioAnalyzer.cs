namespace Crewline.BuildingBlocks.OrgDesign;

/// <summary>
/// Computes the org-design advisor's inputs from the org's own live portfolio (R-ORG-6).
/// Heuristic:
/// <list type="bullet">
/// <item><b>Concurrent production volume</b> = the number of <i>active</i> projects. A project is
/// tracked in Crewline (with its own matrix, plan and kickoff) only when it is a production of
/// meaningful complexity, so every active project counts, whatever its type; closed or not
/// yet kicked-off projects do not run "at once".</item>
/// <item>A project is <b>externally intensive</b> when its type is production-heavy or it shows
/// at least one signal (broadcast spots, film shoots, large photo shoots, post at scale,
/// locations, talent).</item>
/// <item><b>Intensity is high</b> when at least <see cref="HighIntensityMinimumCount"/> active
/// projects are externally intensive, or when they are at least
/// <see cref="HighIntensityMinimumShare"/> of the active ones (so a single shoot in a small
/// portfolio counts, one shoot among ten brand projects does not); otherwise low.</item>
/// </list>
/// </summary>
public static class PortfolioAnalyzer
{
    public const int HighIntensityMinimumCount = 2;
    public const double HighIntensityMinimumShare = 0.5;

    public static PortfolioInputs InputsFrom(IEnumerable<PortfolioProject> projects)
    {
        var active = projects.Where(p => p.Active).DistinctBy(p => p.ProjectId).ToArray();
        var intensive = active.Count(p => p.ExternallyIntensive);
        var high = intensive >= HighIntensityMinimumCount || (active.Length > 0 && (double)intensive / active.Length >= HighIntensityMinimumShare);
        var intensity = high ? ExternalProductionIntensity.High : ExternalProductionIntensity.Low;
        return new PortfolioInputs(intensity, active.Length, intensive,
        [
            $"From the live portfolio: {active.Length} active projects count as concurrent productions.",
            $"{intensive} of them are externally intensive (production-heavy type or a production signal): intensity "
                + (high
                    ? $"high (at least {HighIntensityMinimumCount}, or at least {HighIntensityMinimumShare:P0} of the active ones)."
                    : $"low (fewer than {HighIntensityMinimumCount} and under {HighIntensityMinimumShare:P0} of the active ones)."),
        ]);
    }
}
