using Crewline.BuildingBlocks.Errors;

namespace Crewline.ClientComms.Domain;

/// <summary>
/// R-COMM-2: the proposal is confirmed by naming the proposed role, or overridden with a reason. A
/// project type this service does not know proposes nothing, so any naming needs no reason.
/// </summary>
public static class SpocOverrideRule
{
    public static void Check(SpocRole? proposed, SpocRole named, string reason)
    {
        if (proposed is { } p && p != named && string.IsNullOrWhiteSpace(reason))
            throw new RuleViolationException(DefaultSpocRule.RuleId,
                $"The project's type proposes the {p} as SPOC: naming the {named} instead overrides it and needs a reason.");
    }
}
