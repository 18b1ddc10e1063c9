using Crewline.BuildingBlocks.Errors;

namespace Crewline.Ownership.Domain.Closing;

/// <summary>
/// The project cannot close: lists every unmet item (one precondition violation each). The rule is R-CLOSE-1 when a closeout item is
/// unconfirmed, R-CLOSE-2 when only the retro is missing.
/// </summary>
public sealed class CloseoutNotReadyException(IReadOnlyList<UnmetCloseoutItem> unmet)
    : RuleViolationException(
        unmet.Any(u => u.RuleId == CloseoutGate.ItemsRuleId) ? CloseoutGate.ItemsRuleId : CloseoutGate.RetroRuleId,
        $"The project cannot close: {unmet.Count} item(s) unmet: {string.Join("; ", unmet.Select(u => $"[{u.RuleId}] {u}"))}.",
        unmet.Select(u => new PreconditionViolation(u.RuleId, u.Subject, u.Description)).ToList())
{
    public IReadOnlyList<UnmetCloseoutItem> Unmet { get; } = unmet;
}
