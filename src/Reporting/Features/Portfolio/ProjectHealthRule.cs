using Crewline.Contracts.Reporting.V1;

namespace Crewline.Reporting.Features.Portfolio;

/// <summary>What a project's health is made of, counted at read time (lateness depends on today).</summary>
public sealed record HealthInputs(bool Closed, int OpenFindings, int LateMilestones, int LateTasks, int OverdueInvoices, int ScopeChangesPastSignatureDeadline);

/// <summary>
/// The health rule: CLOSED if closed; FAILING if an open finding or a late milestone; AT_RISK if a
/// late task, a vendor invoice unpaid past its terms, or an open scope change past its signature
/// deadline; otherwise ON_TRACK.
/// </summary>
public static class ProjectHealthRule
{
    public static ProjectHealth Of(HealthInputs h) =>
        h.Closed ? ProjectHealth.Closed
        : h.OpenFindings > 0 || h.LateMilestones > 0 ? ProjectHealth.Failing
        : h.LateTasks > 0 || h.OverdueInvoices > 0 || h.ScopeChangesPastSignatureDeadline > 0 ? ProjectHealth.AtRisk
        : ProjectHealth.OnTrack;
}
